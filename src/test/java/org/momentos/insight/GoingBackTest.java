package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Saying one will or will not come back, in reviews: a threat to leave or praise of the
 * product that won the customer. The churn flag it raises is checked in
 * {@link EffortFlagsAndMomentTest}.
 */
class GoingBackTest {

	/**
	 * Not going back to a place is a complaint; never going back to another brand, or
	 * "you'll never go back", is praise of this one.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Never going back.                                   | negative
			I won't be going back                               | negative
			Try these and you'll never go back!                 | positive
			I will never go back to regular oatmeal             | positive
			Switched from the default app and I'm never going back, love it | positive
			""")
	void goingBack(String text, String label) {
		assertLabel(text, label);
	}

	/** Never buying another brand is loyalty; never buying from them again is leaving. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'll never buy another brand                        | positive
			Never buying another brand again                    | positive
			I will never buy another pair from them             | negative
			Jamás volveré a comprar otra marca                  | positive
			No vuelvo a comprar otra marca                      | positive
			No vuelvo a comprar aquí                            | negative
			""")
	void neverAnotherBrand(String text, String label) {
		assertLabel(text, label);
	}

}
