package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** Complaints about what something is compared with. */
class ComparisonsTest {

	/**
	 * After "better than", "mejor que", "superior to" or "unlike", a complaint is about
	 * the other thing; after "worse than" it adds to the complaint, and "better to"
	 * compares nothing.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Much better than the awful store brand                              | positive
			Mucho mejor que el horrible café de la otra cafetería                 | positive
			Far superior to the cheap flimsy ones I bought before               | positive
			Unlike the other brands, which taste awful, this one is great       | positive
			Worse than the awful old one                                        | negative
			The food was better than expected but the room was dirty            | negative
			Staff should be trained better to handle emergency situations       | negative
			""")
	void aComplaintAboutWhatIsComparedWith(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A state that ended when the customer found the product is the "before" of a
	 * comparison; a story that turned bad when they tried something is still a complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I hated stevia and its licorice taste until I tried this one   | positive
			Tenía problemas de estómago hasta que probé este pienso        | positive
			Everything was fine until I tried to return it                 | negative
			Todo iba bien hasta que pedí la factura                        | negative
			""")
	void aStateThatEndedWhenTheCustomerFoundTheProduct(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Praise of a state that ended with an event is the story of how it ended; waiting
	 * for something ends nothing.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Loved this until I washed it                   | negative
			Me encantaba hasta que lo lavé                 | negative
			The staff were lovely until the manager arrived | negative
			I can't wait until I get it, so excited        | positive
			Great service, open until 10pm                 | positive
			Worked great while it lasted                   | negative
			Buen funcionamiento mientras duró, dos meses   | negative
			Se acabó el buen servicio de antes             | negative
			Se ha acabado el mes más bonito del año        | negative
			The good old days are over                     | negative
			Se acabaron los problemas con este cargador    | positive
			Se acabó el problema, todo perfecto            | positive
			The wait is over and it was worth it           | positive
			Staff were great while they worked on our room | positive
			""")
	void praiseOfAStateThatEnded(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Wishes, regrets, questions that ask who else has the problem, and "neither...nor":
	 * "Ojalá no lo hubiera comprado" and "Is anyone else having issues" are complaints,
	 * "I wish every company was like this" is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			¿Alguien más ha tenido problemas con el cargador?            | negative
			Is anyone else having issues with the app today?             | negative
			I wish every company was like this                           | positive
			Ojalá todas las empresas fueran así                          | positive
			Ojalá no lo hubiera comprado                                 | negative
			Everything works as it should                                | positive
			Ni el precio ni la calidad justifican comprarlo              | negative
			Neither the food nor the service was worth it                | negative
			Both the food and the service were excellent                 | positive
			""")
	void wishesRegretsAndWhoElseHasTheProblem(String text, String label) {
		assertLabel(text, label);
	}

}
