package org.momentos.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A signal that arrives is analysed, then judged, without anybody asking. */
@MomentosTest
@Import(Fixtures.class)
class SignalToVerdictTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Test
	void aChurnThreatIsJudgedCriticalOnceItsTextIsAnalysed() throws InterruptedException {
		Team team = this.fixtures.aWorkspace("Lifecycle");
		Receipt receipt = this.signals.receive(team.workspace().id(),
				new NewSignal(SignalSource.TICKET, Instant.now(), "cliente@example.test", null, Scores.NONE, null,
						"Me cobraron dos veces y nadie contesta. Me doy de baja.", null, null,
						UUID.randomUUID().toString(), null));
		SignalId id = ((Receipt.Accepted) receipt).signal();
		Optional<VerdictRules.Judgement> judgement = Optional.empty();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (judgement.isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			judgement = this.verdicts.verdictOf(team.workspace().id(), id);
		}
		assertThat(judgement).isPresent();
		assertThat(judgement.get().verdict()).isEqualTo(Verdict.CRITICAL);
	}

}
