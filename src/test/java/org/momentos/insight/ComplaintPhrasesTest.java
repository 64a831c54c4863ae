package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Complaints a customer makes with a set phrase, in both languages: what is still
 * missing, the wrong order, a trap, better places elsewhere. How reviews judge in general
 * is in {@link ReviewLanguageTest}.
 */
class ComplaintPhrasesTest {

	/**
	 * "still not", "no longer", "sigue sin": what is still missing is a complaint, and it
	 * negates the opinion after it.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The soup is still not good                    | negative
			Still no refund after two weeks               | negative
			No refund yet                                 | negative
			Todavía no es bueno                           | negative
			Sigue sin ser bueno                           | negative
			The hotel is no longer good                   | negative
			No longer my favourite snack                  | negative
			Los zapatos no han llegado todavía            | negative
			Mis tenis no han llegado                      | negative
			the shoes haven't arrived yet                 | negative
			En pleno 2024 y todavía no tienen pago con tarjeta | negative
			En pleno siglo XXI y no se puede pagar online  | negative
			It's 2025 and you still can't pay with Apple Pay | negative
			Ya nada será como antes                       | negative
			Poca durabilidad, se rompió el enganche       | negative
			""")
	void whatIsStillMissing(String text, String label) {
		assertLabel(text, label);
	}

	/** The wrong order, a trap, a joke that is not one, and better places elsewhere. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Not what I ordered                            | negative
			No es lo que encargué                         | negative
			Bait and switch                               | negative
			Me dieron gato por liebre                     | negative
			I did not like these chips                    | negative
			$32 for this? Are you kidding me!             | negative
			Me están tomando el pelo                      | negative
			Por ese precio hay muchos mejores             | negative
			For the price there are much better hotels    | negative
			No se corresponde con un hotel de 5 estrellas | negative
			Buenas palabras pero pocos hechos             | negative
			""")
	void theWrongOrderATrapAndAJokeThatIsNotOne(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "para evitar retrasos" is a purpose, not a complaint; "evitar este hotel" is advice
	 * against it.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Reconocerán a los sindicatos para evitar un colapso en Navidad | positive
			Evitar este hotel                                              | negative
			Evítenlo a toda costa                                          | negative
			""")
	void avoidingSomethingBadIsAPurposeAvoidingAPlaceIsAdvice(String text, String label) {
		assertLabel(text, label);
	}

}
