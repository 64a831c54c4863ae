package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** A problem taken away is praise; a problem nobody took away is still a complaint. */
class ProblemsTakenAwayTest {

	/**
	 * A remedy ("solved", "got rid of", "me quitó", "elimina") turns the complaint it
	 * takes away into praise; negated, it leaves the complaint standing, and a request to
	 * take a problem away is no remedy.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Solved my dog's digestive issues                       | positive
			It got rid of the bitter taste                         | positive
			This cream cured my headaches                          | positive
			Me quitó el dolor de espalda                           | positive
			Este champú elimina la caspa                           | positive
			Este champú me quitó la caspa en una semana            | positive
			This shampoo got rid of my dandruff                    | positive
			Me solucionaron el problema de la factura en minutos   | positive
			They haven't solved my problem                         | negative
			Nobody fixed the leak                                  | negative
			No me solucionaron el problema                         | negative
			Nadie arregló la gotera                                | negative
			Please fix the broken door                             | negative
			Espero que solucionéis este problema                   | negative
			They resolved it and I'm still sick of waiting         | negative
			""")
	void aRemedyTakesTheComplaintAway(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A remedy that points back to the problem ("sorted it", "me lo cambiaron") tells a
	 * problem that was fixed; one still to be done, or negated, fixes nothing.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Had an issue with a double charge, Sam sorted it out the same day. Top service. | positive
			El router fallaba cada noche y me lo cambiaron al día siguiente, un diez          | positive
			The phone crashed completely and now I have to get it replaced                    | negative
			The app kept crashing and nobody fixed it                                         | negative
			No me lo solucionaron                                                             | negative
			""")
	void aProblemFixedAfterwards(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A problem that went away ("has disappeared", "is gone", "desapareció") or that a
	 * product helps with is over; a thing that went is a complaint, and so is a problem
	 * that has not gone away.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			My knee pain has completely disappeared.            | positive
			El dolor desapareció a la semana.                    | positive
			Helps with sore joints after a long run.             | positive
			Adiós a la caspa.                                     | positive
			The pain hasn't gone away.                            | negative
			My boarding pass vanished and I almost missed the flight. | negative
			""")
	void aProblemThatWentAway(String text, String label) {
		assertLabel(text, label);
	}

}
