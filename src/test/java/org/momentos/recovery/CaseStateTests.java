package org.momentos.recovery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The state machine of a case, as the whole table of moves. */
class CaseStateTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(textBlock = """
			OPEN,      OPEN,      false
			OPEN,      CONTACTED, true
			OPEN,      RESOLVED,  true
			OPEN,      RECOVERED, false
			OPEN,      LOST,      true
			CONTACTED, OPEN,      false
			CONTACTED, CONTACTED, false
			CONTACTED, RESOLVED,  true
			CONTACTED, RECOVERED, false
			CONTACTED, LOST,      true
			RESOLVED,  OPEN,      true
			RESOLVED,  CONTACTED, false
			RESOLVED,  RESOLVED,  false
			RESOLVED,  RECOVERED, true
			RESOLVED,  LOST,      true
			RECOVERED, OPEN,      true
			RECOVERED, CONTACTED, false
			RECOVERED, RESOLVED,  false
			RECOVERED, LOST,      false
			LOST,      OPEN,      true
			LOST,      RECOVERED, false
			LOST,      RESOLVED,  false
			""")
	void movesExactlyAsTheTableSays(CaseState from, CaseState to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0}: open {1}, closed {2}")
	@CsvSource(textBlock = """
			OPEN,      true,  false
			CONTACTED, true,  false
			RESOLVED,  false, false
			RECOVERED, false, true
			LOST,      false, true
			""")
	void openAndClosedStates(CaseState state, boolean open, boolean closed) {
		assertThat(state.isOpen()).isEqualTo(open);
		assertThat(state.isClosed()).isEqualTo(closed);
	}

}
