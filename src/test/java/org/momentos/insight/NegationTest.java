package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Negation in both languages, as tables of examples: what negates, what only looks like a
 * negation, how far a negation reaches, and what is missing.
 */
class NegationTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
						El servicio fue bueno                  | positive
						La comida no estaba buena              | negative
						No está nada mal                       | positive
						No me gustó nada                       | negative
						Nunca me atendieron bien               | negative
						Sin problemas, todo llegó              | positive
						Poco amable el recepcionista           | negative
						The service was good                   | positive
						The food was not good                  | negative
						Not bad at all                         | positive
						I didn't like it                       | negative
						Never disappoints                      | positive
						No complaints, works as described      | positive
						The room was no good                   | negative
						I have no faith in this airline        | negative
						No problem at all, thanks              | positive
						ca n't recommend this hotel            | negative
						the room was n't clean                 | negative
						I don&#39;t like it                    | negative
						Nothing short of amazing               | positive
						Nothing works                          | negative
						Nada funciona                          | negative
						Nothing to complain about              | positive
						I wouldn't change anything             | positive
						It didn't do the trick                 | negative
						They didn't keep me informed           | negative
						They never listen to me                | negative
						They refused to make it right          | negative
						No me mantuvieron informado            | negative
						No hace su función                     | negative
						No dieron la talla                     | negative
			""")
	void negation(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Negation words that do not negate ("not only", "no doubt", "can't recommend it
	 * enough", "couldn't be more" intensifies), a Spanish negation that reaches across
	 * clitics, articles and "haber" without counting them, words that negate without
	 * "not" ("never fails to" affirms, "less friendly", "menos amable", "imposible
	 * descansar") and those that look like them but do not ("al menos", "al poco tiempo",
	 * "en poco tiempo"); "no es del todo" negates past "del todo". A negation stops at
	 * "and" / "y" that opens a clause of its own ("y me la arreglaron"), not between two
	 * words it negates ("not clean and comfortable").
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Not only great food but also cheap            | positive
			No doubt the best hotel in town               | positive
			I can't recommend it enough                   | positive
			Could not be more disappointed                | negative
			No solo es barato sino también rico           | positive
			No podría estar más decepcionado              | negative
			La comida no nos pareció muy buena            | negative
			Nunca hemos tenido una mala experiencia       | positive
			This airline never fails to disappoint        | negative
			Their chef never fails to amaze us            | positive
			Este hotel nunca deja de sorprenderme         | positive
			The staff were less friendly this year        | negative
			El personal menos amable que el año pasado    | negative
			Al menos la comida era buena                  | positive
			Lo que menos me gustó fue la piscina          | negative
			Imposible descansar con la obra de al lado    | negative
			You no longer have my trust                   | negative
			La tele no encendía y me la arreglaron en el acto | positive
			It didn't work and they fixed it in minutes   | positive
			The room was not clean and comfortable        | negative
			Al poco tiempo se me rompió                   | negative
			Llegó en poco tiempo y bien embalado          | positive
			No es del todo fiable                         | negative
			El personal es poco atento                    | negative
			Hay pocos sitios tan bonitos como este        | positive
			Es muy blando y no agarra bien el móvil       | negative
			No hay queja, bien atendidos                  | positive
			Apenas lo he usado nada y ha dejado de funcionar | negative
			No me ha gustado porque se despega            | negative
			Nunca lo usé y ha dejado de funcionar         | negative
			Apenas lo he usado nada y está roto           | negative
			Jamás me habían tratado tan mal               | negative
			Nunca me habían tratado tan bien              | positive
			Nunca me habían atendido tan rápido           | positive
			I've never seen such rude staff               | negative
			Nunca es tan bueno como dicen                 | negative
			En realidad no es muy ligero, pero tampoco es algo que incomode              | positive
			No es algo que recomiende                                                   | negative
			""")
	void negationWordsThatDoNotNegateAndTheReachOfNegation(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * What is missing is a complaint ("no había toallas"); an absence before a sentiment
	 * word negates it, and a known phrase at its "no" ("no problem") still wins.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			There was no hot water in the morning         | negative
			No había toallas en el baño                   | negative
			No tienen wifi en las habitaciones            | negative
			There was no problem with the room            | positive
			There is no better place in town              | positive
			No hubo ningún problema con la reserva        | positive
			No hay que olvidar el paraguas                | neutral
			""")
	void absence(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nothing worse than waiting on hold with them     | negative
			There's nothing better than flying with them     | positive
			Nada peor que Iberia desde el proceso de compra  | negative
			No hay nada mejor que volar con ellos            | positive
			""")
	void aComparisonWithNoEqualIsNotANegation(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A negated "creer", "parecer", "decir", "think", "say" or "call" reaches the opinion
	 * of the clause it introduces: "No creo que sea malo" is mild praise, "I wouldn't say
	 * it was great" a complaint; a double negation ("nothing I don't like") is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			No creo que sea malo para lo que cuesta                | positive
			No creo que vuelva a comprarlo                         | negative
			No diría que es bueno                                  | negative
			No diría que es malo, cumple                           | positive
			No puedo decir que me haya gustado                     | negative
			No es que sea muy bueno                                | negative
			No me ha parecido que la atención fuera buena          | negative
			No hay nada que no me guste                            | positive
			Nada de lo que prometieron funciona bien               | negative
			No sé cómo pueden tener buenas reseñas                 | negative
			I can't say anything bad about them                    | positive
			I don't think you'll regret it                         | positive
			Not sure I'd call it good                              | negative
			I wouldn't say it was great                            | negative
			There's nothing I don't like about it                  | positive
			None of the promised features work properly            | negative
			I can't remember a worse meal                          | negative
			I can't remember a better meal                         | positive
			""")
	void aNegatedThinkOrSayReachesTheOpinionItIntroduces(String text, String label) {
		assertLabel(text, label);
	}

}
