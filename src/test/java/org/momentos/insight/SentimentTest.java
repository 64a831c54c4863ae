package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.analyzer;
import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Each linguistic phenomenon the engine handles, in both languages, as a table of
 * examples; negation has its own, {@link NegationTest}.
 */
class SentimentTest {

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
	@CsvSource(delimiter = '|',
			textBlock = """
					La comida bien pero el servicio pésimo            | negative
					Es caro pero la calidad es excelente              | positive
					Aunque es caro, la atención es excelente          | positive
					The room was nice but the staff was rude          | negative
					Pricey, but the food is amazing                   | positive
					Although it was late, the driver was lovely       | positive
					El sitio es muy bonito y el camarero majísimo. Pero la comida es mala, las raciones ridículas y salimos con hambre | negative
					The terrace is lovely and the waiter was great. But the food was bland and overpriced | negative
					La comida es mala y cara. Pero el sitio es precioso y el camarero majísimo | positive
					""")
	void contrast(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A hyphenated word reads as it does without the hyphen, or as the phrase of its
	 * parts.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Total rip-off                                 | negative
			Way over-priced for what you get              | negative
			The app is a life-saver                       | positive
			High-quality fabric                           | positive
			Setting it up was so time-consuming           | negative
			Very user-friendly                            | positive
			Sugar-free and gluten-free                    | neutral
			""")
	void hyphenatedWords(String text, String label) {
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
			Ninguna ayuda después de media hora              | negative
			They didn't offer any compensation               | negative
			No nos ofrecieron ninguna compensación           | negative
			Llevo todo el día intentando hacer el check-in   | negative
			Sigo esperando mi reembolso                      | negative
			Me cobraron dos veces el mismo mes               | negative
			Tuve que llamar tres veces para que me atendieran | negative
			They charged me twice                            | negative
			Nobody answers the phone                         | negative
			Still waiting for my refund                      | negative
			I was on hold for two hours                      | negative
			The package never arrived                        | negative
			Finally arrived after three weeks                | negative
			Finalmente llegó después de tres semanas         | negative
			The item was out of stock after I paid           | negative
			Would give 0 if I could                          | negative
			Nobody seemed to care                            | negative
			@Iberia menuda puntualidad la vuestra            | negative
			@Iberia mi maleta sigue desaparecida             | negative
			Le pondría un 0 si pudiera                       | negative
			A nadie parecía importarle                       | negative
			""")
	void customerServiceLanguage(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Buenas, ¿me pueden ayudar con el check-in?     | neutral
			Bueno, otra vez sin maleta                     | negative
			Bueeeno... otra vez sin maleta                 | negative
			Bueeeno, ya veremos                            | neutral
			Bueno.                                         | positive
			Es bueno                                       | positive
			Bueno, la verdad es que el hotel es muy bueno  | positive
			Hola, buenas!! Me gustaría haceros una consulta | neutral
			Buenas el pedido me ha llegado hoy             | neutral
			Buenas @Iberia tengo una duda con mi reserva   | neutral
			Buenas bolsas para la envasadora               | positive
			Y bueno las cosas llegan cuando tienen que llegar | neutral
			Pues bueno, mañana vuelvo a la oficina         | neutral
			Caro pero bueno                                | positive
			Bonito y bueno                                 | positive
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
