package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.assertLabel;

/** What customers feared before, and how they answer a survey or write to support. */
class FearsAndSurveyAnswersTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	/**
	 * A fear, an expectation or a warning heard before is not what happened; what
	 * happened is told after it and decides, either way. Nor is the legend of a place.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I was dreading the call, expected hours of hassle. Done in five minutes         | positive
			I fully expected to dislike this, with a dismissive attitude. Delicious now     | positive
			I was worried the parcel would arrive damaged, and it came in perfect shape    | positive
			Pensé que había perdido el billete, menos mal que me lo reenviaron al momento  | positive
			Me daba miedo cambiarme de banco y al final fue facilísimo                     | positive
			Me habían dicho que el taller era un desastre y nada que ver, muy profesionales | positive
			I always dread car garages because I get talked down to. Not here, Tony was brilliant | positive
			I was fully expecting to be ripped off. Instead they were honest and quick     | positive
			Esperaba lo peor después de leer las reseñas, y fue todo perfecto              | positive
			I was really worried it would overheat, worried for nothing. Absolutely great | positive
			Estaba un poco preocupada por si llegaba roto, y llegó perfecto               | positive
			I was skeptical at first, then I loved it                                     | positive
			Pensé que no llegaría, luego llegó antes de tiempo                            | positive
			I was worried they'd lose my bag and they lost it, again                       | negative
			Pensé que me iban a ayudar, pero me colgaron el teléfono                       | negative
			Cuenta la leyenda que si no besas a tu pareja en el balcón tendrás siete años de mala suerte | neutral
			Un lugar tenebroso, cuenta la leyenda que ahí penan los fusilados. Visita obligada | positive
			""")
	void whatWasFearedIsNotWhatHappened(String text, String label) {
		assertLabel(text, label);
	}

	/** An expectation denied is a surprise: the praise after it stands. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			No me esperaba que fuera tan sencillo        | positive
			I never expected the repair to be this quick | positive
			Esperaba algo más del hotel                   | negative
			I expected more from a five star hotel        | negative
			""")
	void anExpectationDenied(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A survey answer with no opinion, a lukewarm one, a request and a fact told to
	 * support: neutral unless a complaint is told, even as bare facts or irony.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Too early to tell, I joined last week                                     | neutral
			Quería cambiar la dirección de entrega del pedido 4410, gracias           | neutral
			I was wondering if my policy covers rental cars abroad. Thanks.           | neutral
			Solicito una copia de la factura de marzo. Gracias.                       | neutral
			Aún no tengo opinión, el técnico viene el lunes                           | neutral
			Te paso el justificante para que lo asocies al pedido 7731                | neutral
			Decent enough, the app crashes now and then but it evens out              | neutral
			Depende del repartidor, unos días bien y otros no tanto                    | neutral
			My card keeps getting declined at the till                                | negative
			The support agent just copy pasted the same answer twice                  | negative
			They promised a call back within 24 hours. That was Friday.               | negative
			Great service, if you enjoy being transferred five times                  | negative
			Genial, si te gusta esperar una hora al teléfono                          | negative
			Antes era buenísimo, ahora las clases se cancelan cada semana             | negative
			3rd time asking, can someone please answer                                | negative
			Gracias por devolverme el cobro duplicado tan rápido                      | positive
			Not a single issue since I joined                                         | positive
			It's a bank like any other, no problems and no surprises                  | neutral
			Nothing to improve, keep doing what you're doing                          | positive
			The doctor really listened to me                                          | positive
			I didn't feel heard                                                       | negative
			Learned a lot                                                             | positive
			Aprendí muchísimo                                                         | positive
			Signal drops in the kitchen                                               | negative
			Se va la cobertura en la cocina                                           | negative
			They squeezed me in the same day                                          | positive
			Me dieron cita el mismo día                                               | positive
			Me sentí atendida con prisas                                              | negative
			Darse de baja fue imposible                                               | negative
			El gimnasio siempre está a reventar                                       | negative
			Los monitores te motivan un montón                                        | positive
			Que contesten el teléfono                                                 | negative
			Que cumplan los plazos                                                    | negative
			Que la app funcione                                                       | negative
			Que sigan así                                                             | positive
			Que tengas un buen día                                                    | neutral
			@user que no en serio                                                     | neutral
			Le doy un 9 por la atención                                               | positive
			Poca información sobre el estado del pedido                               | negative
			Nadie me supo dar una respuesta                                           | negative
			No tuve que ir a la oficina, todo online                                  | positive
			Staff clearly well trained                                                | positive
			Honour your promises                                                      | neutral
			Make the website easier to use                                            | neutral
			Be more transparent about fees                                            | neutral
			Be sure to order the cheesecake. Amazing!                                 | positive
			Keep up the good work                                                     | positive
			Hacer la web más fácil                                                    | neutral
			Ser más amables con los clientes                                          | neutral
			Hacer senderismo aquí es maravilloso                                      | positive
			Ser el mejor hotel de la zona no es fácil, y lo consiguen                 | positive
			""")
	void surveyAnswersAndTickets(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * An answer that says there is nothing to say is neutral on its own; inside a longer
	 * text or addressed to a brand it keeps its edge.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Sin comentarios                           | neutral
			No comment.                               | neutral
			N/A                                       | neutral
			No comment. They lost my bag again.       | negative
			@Iberia sin comentarios                   | negative
			""")
	void answersWithNothingToSay(String text, String label) {
		assertLabel(text, label);
	}

	/** Fear of a change that went well is no threat to leave. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Me daba miedo cambiarme de compañía y ha sido lo más fácil del mundo
			I was nervous switching to you guys but it was painless
			""")
	void fearOfAChangeIsNoChurnThreat(String text) {
		assertThat(analyzer.analyze(text).flags()).as(text).doesNotContain(Flag.CHURN_THREAT);
	}

}
