package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.analyzer;
import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Each linguistic phenomenon the engine handles, in both languages, as a table of
 * examples.
 */
class SentimentTest {

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
			""")
	void negation(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Negation words that do not negate ("not only", "no doubt", "can't recommend it
	 * enough", "couldn't be more" intensifies), a Spanish negation that reaches across
	 * clitics, articles and "haber" without counting them, words that negate without
	 * "not" ("never fails to" affirms, "less friendly", "menos amable", "imposible
	 * descansar") and those that look like them but do not ("al menos"). A negation stops
	 * at "and" / "y" that opens a clause of its own ("y me la arreglaron"), not between
	 * two words it negates ("not clean and comfortable").
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
			""")
	void negationWordsThatDoNotNegateAndTheReachOfNegation(String text, String label) {
		assertLabel(text, label);
	}

	/** Praise in a condition is supposed, not given; "sí" is not "si". */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			If you want good service, go elsewhere        | negative
			Si buscas buena atención, vete a otro sitio   | negative
			Sí, muy buena atención                        | positive
			If you like spicy food, you will love it      | positive
			""")
	void praiseInAConditionIsSupposed(String text, String label) {
		assertLabel(text, label);
	}

	/** "I'll" and "he'll" are "I will" and "he will", not "ill" and "hell". */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'll call you tomorrow                 | neutral
			He'll be at the desk at nine           | neutral
			We’ll be back next summer              | positive
			I was ill for two days after the meal  | negative
			""")
	void contractionsOfWill(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			La comida bien pero el servicio pésimo            | negative
			Es caro pero la calidad es excelente              | positive
			Aunque es caro, la atención es excelente          | positive
			The room was nice but the staff was rude          | negative
			Pricey, but the food is amazing                   | positive
			Although it was late, the driver was lovely       | positive
			""")
	void contrast(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "too" and "demasiado" make a word without valence a complaint; before a sentiment
	 * word they only intensify it, and a negation turns them.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The sleeves are too puffy                     | negative
			Demasiado ruido por la noche                  | negative
			Había demasiada gente en la piscina           | negative
			Too good to be true, I love it                | positive
			Not too pricey and the staff were lovely      | positive
			Me too                                        | neutral
			""")
	void excess(String text, String label) {
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

	/**
	 * Spanish words our lexicon does not list are read through the senticon lexicon by
	 * their Snowball stem; everyday words that senticon gives a polarity to are not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Un trato muy cordial                          | positive
			El trato fue ameno                            | positive
			Una experiencia gratificante                  | positive
			La habitación estaba maloliente               | negative
			Un servicio deficiente                        | negative
			Pedí el modelo azul, llega el jueves          | neutral
			¿Alguien probó ya el menú vegano?             | neutral
			""")
	void spanishWordsKnownByTheirStem(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Muy bueno         | positive | bueno       | positive
			Un poco lento     | negative | muy lento   | negative
			Very good         | positive | good        | positive
			Extremely rude    | negative | rude        | negative
			""")
	void intensifiersMakeTheScoreStronger(String stronger, String label, String plain, String plainLabel) {
		Sentiment strong = analyzer.analyze(stronger).sentiment();
		assertThat(strong.label().code()).as(stronger).isEqualTo(label);
		assertThat(analyzer.analyze(plain).sentiment().label().code()).isEqualTo(plainLabel);
	}

	@ParameterizedTest(name = "{0} is weaker than {1}")
	@CsvSource(delimiter = '|', textBlock = """
			un poco caro          | muy caro
			algo lento            | lento
			a bit slow            | very slow
			kind of rude          | rude
			""")
	void diminishersMakeTheScoreWeaker(String weaker, String stronger) {
		assertThat(Math.abs(analyzer.analyze(weaker).sentiment().score()))
			.isLessThan(Math.abs(analyzer.analyze(stronger).sentiment().score()));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Llegó el pedido 😍😍           | positive
			Otra vez sin luz 😡            | negative
			Gracias por todo :)            | positive
			Me dejaron plantado :(         | negative
			Delivery came today 👍         | positive
			Still no refund 👎             | negative
			the new update 🔥🔥🔥          | positive
			waiting again -_-              | negative
			our new sofa ♥                 | positive
			""")
	void emojisAndEmoticons(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			buenísimooo             | positive
			malíiisimo              | negative
			riquísima la pizza      | positive
			soooo goood             | positive
			nooo, terrible          | negative
			""")
	void elongationsAndSuperlatives(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} is stronger than {1}")
	@CsvSource(delimiter = '|', textBlock = """
			El servicio es PÉSIMO         | El servicio es pésimo
			EXCELENTE atención!!!         | excelente atención
			The food is AMAZING           | The food is amazing
			Great service!!!              | Great service
			""")
	void capitalsAndExclamationsAddIntensity(String louder, String plain) {
		assertThat(Math.abs(analyzer.analyze(louder).sentiment().score()))
			.isGreaterThan(Math.abs(analyzer.analyze(plain).sentiment().score()));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			pesimo servicio                  | negative
			exelente atencion                | positive
			la atencion fue orrible          | negative
			muy amable el personal, rapidisimo | positive
			q mal servicio                   | negative
			recomendable 100%                | positive
			a wonderfull stay                | positive
			the bed was unconfortable        | negative
			un hotel espectacilar            | positive
			I will be calling tomorrow       | neutral
			""")
	void typosAndMissingAccents(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Cobro duplicado en mi tarjeta                    | negative
			Nadie contesta el teléfono                       | negative
			Sigo esperando mi reembolso                      | negative
			Me cobraron dos veces el mismo mes               | negative
			Tuve que llamar tres veces para que me atendieran | negative
			They charged me twice                            | negative
			Nobody answers the phone                         | negative
			Still waiting for my refund                      | negative
			I was on hold for two hours                      | negative
			The package never arrived                        | negative
			""")
	void customerServiceLanguage(String text, String label) {
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

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Buenas, ¿me pueden ayudar con el check-in?     | neutral
			Bueno, otra vez sin maleta                     | negative
			Bueno.                                         | positive
			Es bueno                                       | positive
			Bueno, la verdad es que el hotel es muy bueno  | positive
			Hola, buenas!! Me gustaría haceros una consulta | neutral
			¿A qué hora sale el vuelo Buenos Aires-Madrid? | neutral
			""")
	void aSentenceOpeningBuenoIsADiscourseMarker(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			El pedido llegó el martes          | neutral
			Quisiera cambiar mi dirección      | neutral
			The order arrived on Tuesday       | neutral
			How do I change my address?        | neutral
			The child is two years old         | neutral
			No thanks                          | neutral
			No gracias                         | neutral
			""")
	void factsAndQuestionsAreNeutral(String text, String label) {
		assertLabel(text, label);
	}

}
