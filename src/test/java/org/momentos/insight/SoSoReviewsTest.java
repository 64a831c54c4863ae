package org.momentos.insight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.assertLabel;

/** Reviews that call themselves so-so, and praise that cannot be given enough. */
class SoSoReviewsTest {

	/**
	 * A review that says what it liked and what it did not, and calls itself so-so, is
	 * neutral unless it leans far one way; praise that cannot be given enough is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Nada especial. El personal fue muy amable y la ubicación es buena, aunque el baño necesitaba una limpieza. | neutral
					Nothing special. The staff were very friendly and the location is good, although the bathroom needed a clean. | neutral
					Mixed feelings. The pool was great and the staff lovely, but the room was a little small for four.       | neutral
					The plumber was professional and explained what he was doing. The leak is mostly gone. Mostly. It still drips at night and another visit costs extra. Reasonable, not miraculous. We'll see. | neutral
					Nothing special, but the staff were absolutely wonderful and the room was spotless, we loved every minute! | positive
					Can't recommend this dental practice enough.                                                              | positive
					I can't thank the crew enough                                                                             | positive
					I can't recommend it                                                                                      | negative
					""")
	void aSoSoReviewAndPraiseThatCannotBeGivenEnough(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A short answer that weighs up and then calls itself so-so is neutral too; a short
	 * so-so word alone is too often a reply to count, and one so-so detail does not undo
	 * clear praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Los camareros son majos, el local algo viejo. Cumple para lo básico | neutral
			La comida es buena pero las esperas largas. En general, aceptable.  | neutral
			Good food, slow service, average overall                    | neutral
			Great food, fast service, nothing special about the decor   | positive
			Teniendo en cuenta el precio, no está tan mal               | neutral
			El hotel no es tan malo                                     | neutral
			Regular, ni fu ni fa                                        | neutral
			Regular, nada especial                                      | neutral
			""")
	void aShortAnswerThatWeighsUp(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "Normal" judges a hotel, a room or a breakfast as middling; what is normal in a
	 * question, or what is usual ("es normal que haya cola"), is no verdict.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Un hotel céntrico, normal, antiguo pero mantenido. El desayuno es normal, nada impresionante, y el personal muy amable. | neutral
					Hotel muy normal, bien ubicado. Las habitaciones son normales y la limpieza correcta. | neutral
					El técnico me cobró 90€ por 10 minutos. ¿Es normal?                        | negative
					Es normal que haya cola en agosto, el museo es precioso.                    | positive
					Tallan normal y son comodísimas.                                            | positive
					""")
	void normalIsAMiddlingVerdictOnlyWhenGiven(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A review whose title is a middling verdict ("Normal.", "Regular.", "Meh.", "Not for
	 * me.", mild praise of the location alone, "Buena ubicación.", or a title that breaks
	 * off at "but") calls itself so-so, unless what follows leans far one way; a post
	 * that answers someone ("@airline Ok. ...") has no title.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Normal. El hotel está en el centro, la habitación limpia y el desayuno variado, aunque la piscina estaba cerrada. | neutral
					Regular. La habitación amplia y la comida buena, pero el aire acondicionado hacía ruido toda la noche. | neutral
					Meh. The flavour is fine and the price is right but the texture is odd and it goes stale fast. | neutral
					@airline Ok. We will probably take a refund and get home another way, Wednesday won't work for us. | negative
					Bien. ¡Espectacular! El mejor hotel en el que he estado, personal encantador, comida deliciosa y vistas increíbles. | positive
					Buena ubicación. El hotel está cerca de todo, las habitaciones son amplias pero el baño es antiguo y el desayuno escaso. | neutral
					Excelente ubicación. El hotel está cerca de todo, las habitaciones son amplias pero el baño es antiguo y el desayuno escaso. | positive
					Cute but. Nice colour and soft fabric, it washes well, but the sleeves are a bit long and it runs large. | neutral
					Bonito pero. Buen color y tela suave, se lava bien, pero las mangas son algo largas y talla grande. | neutral
					Ni un pero. Las zapatillas son comodísimas, las uso para correr tres veces por semana y cero ampollas. | positive
					Not for me. The colour is nice and the fabric is soft, but the cut is boxy and the sleeves are too long. | neutral
					Pretty but runs large. I like the colour and the fabric is soft, it washes well, the sleeves are long for me. | neutral
					Bonito pero frágil. Me gusta el color y la tela es suave, se lava bien, aunque las costuras se abren pronto. | neutral
					Sorry but this was not good. Biryani was dry and rice was not fully cooked. Only the paneer tikka was tasty. | negative
					I like the app but it crashes. I have tried reinstalling it twice and nothing works, please help me as soon as possible. | negative
					Me gusta la app pero se cuelga. He intentado reinstalarla dos veces y no funciona nada, por favor ayudadme cuanto antes. | negative
					Good location. The room was dirty, the staff were rude and it took an hour to get our key, never again. | negative
					Buena ubicación. La habitación estaba sucia, el personal fue grosero y tardaron una hora en darnos la llave. | negative
					""")
	void aMiddlingTitleIsTheVerdictOfTheReview(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A so-so review the model leaned further on keeps the direction of its score, inside
	 * the band of neutral texts (at most 0.5 either way).
	 */
	@Test
	void theScoreOfASoSoReviewStaysInTheNeutralBand() {
		Sentiment sentiment = LabelAssertions.analyzer.analyze(
				"Normal. El hotel está en el centro, la habitación limpia y el desayuno variado, aunque la piscina estaba cerrada.")
			.sentiment();

		assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(sentiment.score()).isBetween(0.0, 0.5);
	}

	/**
	 * "Por poner un pero" announces a small drawback of a review that praises, and "un
	 * pero" is no contrast; "para una noche de paso cumple" and "ni más ni menos" are
	 * three-star verdicts; lukewarm food on arrival, a car-park view and a shrug at the
	 * desk are complaints; shoes that "broke in" and a waitress who "more than made up
	 * for it" are praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					La funda bien, quizá por poner un pero el hecho de que una vez puesta resulta algo pesado | positive
					Segunda vez que venimos y no será la última. La comida sigue igual de buena y el trato, de familia. Solo pondría un pero: tardaron un poco con los postres. | positive
					El hotel está bien situado y las habitaciones son amplias. El desayuno, justito, y el personal de recepción algo seco. Para una noche de paso cumple. | neutral
					Cumple lo que promete, ni más ni menos. El envío tardó algo más de lo indicado. | neutral
					La pizza estaba rica pero llegó templada. El repartidor muy amable eso sí.     | neutral
					Llevo tres meses usándolas para correr y ni una ampolla. Al principio me parecieron algo rígidas, pero ya se han adaptado al pie. | positive
					We came for the brunch and stayed for the cocktails. Service was a bit slow at first but our waitress more than made up for it. | positive
					Booked a sea view and got a view of the car park. Front desk shrugged and said it was all they had. The beds were comfy, I'll give them that. | negative
					Three months of running in these and not a single blister. They felt stiff out of the box but broke in after a week. | positive
					""")
	void smallDrawbacksAndThreeStarVerdicts(String text, String label) {
		assertLabel(text, label);
	}

}
