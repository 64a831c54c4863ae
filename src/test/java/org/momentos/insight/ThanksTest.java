package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** Thanks in customer posts: ironic for a setback, sincere for a remedy or an answer. */
class ThanksTest {

	/**
	 * Thanks for something bad, or for something not done, is irony; thanks for something
	 * good, for a complaint spared, or thanks next to a bad moment that was put right, is
	 * thanks.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline thanks for losing my bag                               | negative
			@airline thanks for making me miss my meeting                   | negative
			@airline thank you for the lack of help                         | negative
			@shop thanks for not being helpful at all                       | negative
			@aerolinea gracias por hacerme esperar dos horas                | negative
			@aerolinea muchas gracias por perder mi maleta                  | negative
			@airline and thx for not responding                             | negative
			@aerolinea gracias por no avisar del retraso                    | negative
			@airline thanks for not giving up on me                         | positive
			@airline thanks for the quick help with my lost bag             | positive
			@airline thank you for the great service                        | positive
			@aerolinea gracias por la ayuda con la maleta                   | positive
			""")
	void thanksForSomethingBadIsIrony(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A handle between the thanks and what they are for ("@EnerLuz_es", underscores and
	 * all) is skipped; in a post, praise after ironic thanks keeps the irony, up to a
	 * "but".
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gracias @EnerLuz_es por subirme la factura un 40% sin avisar 👏👏 maravilloso servicio | negative
			Gracias @Banco_Cafetero por tener la app caída justo en quincena, son lo máximo 🙌    | negative
			thanks @Midway_Air for cancelling my flight. truly the best airline                  | negative
			thanks @Midway_Air for losing my bag, but the new agent was great                     | positive
			Gracias @Tienda_es por las atenciones, todo perfecto                                  | positive
			""")
	void praiseAfterIronicThanksIsIronicToo(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Thanks for something good and for something bad in the same sentence are irony, all
	 * of them; "all" before what is thanked for does not push it out of reach. Two good
	 * things, or a remedy second, stay thanks.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gracias @Iberia por vuestra maravillosa organización y por la media hora de espera de las maletas | negative
			@airline thanks for the great service and for the 3 hour delay                  | negative
			Gracias @Iberia por todos los ataques de ansiedad que tengo                      | negative
			@airline thanks for all the delays                                               | negative
			@airline thanks for the quick reply and for the refund                           | positive
			@airline thanks for the upgrade and for the free drinks                          | positive
			@airline thanks for all the help with my lost bag                                | positive
			""")
	void thanksForGoodAndBadTogetherAreIrony(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Thanks for a remedy are praise, whatever the problem it took away: the broken
	 * heater, the delay and the double charge are what was fixed. Thanks for an answer
	 * are sincere too, and the delay it was about is not what is thanked for. Thanks for
	 * not fixing, or for not telling, stay irony.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@shop thanks for fixing my broken heater                         | positive
			@airline thank you for fixing my 5 hour delay                    | positive
			@bank thank you for refunding the double charge                  | positive
			@bank thanks for waiving the late fee                            | positive
			@shop thanks for the refund                                      | positive
			@airline thanks for letting me know about the delay              | positive
			@telco gracias por solucionar el problema tan rápido             | positive
			@banco gracias por resolver la incidencia del cobro duplicado    | positive
			@tienda gracias por el reembolso                                 | positive
			@aerolinea gracias por avisar del retraso                        | positive
			@shop thanks for not fixing it                                   | negative
			@telco gracias por no solucionar nada                            | negative
			""")
	void thanksForARemedyArePraise(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Thanks that close a need stated as a request ("I need to...", "necesito...") are
	 * courtesy, as they are after a question or "please"; what the customer needed, all
	 * there, is still praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Hi, I need to update my billing address, thanks              | neutral
			Hola, necesito cambiar mi dirección de facturación, gracias  | neutral
			Please cancel my order, thank you                            | neutral
			Everything I need, thank you!                                | positive
			Necesito ayuda urgente, no funciona nada, gracias            | negative
			""")
	void thanksClosingANeedAreCourtesy(String text, String label) {
		assertLabel(text, label);
	}

}
