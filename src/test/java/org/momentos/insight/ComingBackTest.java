package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Whether a customer would come back is a verdict of its own, in both languages: "I'd buy
 * them again" is praise, "won't order this again" a complaint, an obligation ("had to
 * book again") is neither.
 */
class ComingBackTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'd buy them again                                 | positive
			Would definitely order from them again             | positive
			Lo compraría nuevamente                            | positive
			I wouldn't get them again                          | negative
			Will probably not purchase it again                | negative
			I am never buying this brand again                 | negative
			I will NEVER EVER use you again                    | negative
			No lo pediré nuevamente                            | negative
			Lo compraría de nuevo                              | positive
			No lo compraría de nuevo                           | negative
			No pienso volver                                   | negative
			Like I want to fly with them again!                | negative
			We had to book again after the schedule change     | neutral
			I'll try again tomorrow                            | neutral
			The room was fine but I wouldn't stay again        | negative
			Would stay again in a heartbeat                    | positive
			""")
	void wouldTheCustomerComeBack(String text, String label) {
		assertLabel(text, label);
	}

}
