package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * How customers judge in reviews, in both languages, as tables of examples: complaints
 * that use no classic sentiment word, lukewarm verdicts, "too" before mild praise,
 * verdicts by comparison, advice to other buyers. The words themselves are in
 * {@link ReviewWordsTest}.
 */
class ReviewLanguageTest {

	/**
	 * "too" before a word that praises only mildly is a complaint; strong praise stays.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The room was too warm                         | negative
			The fabric is too soft and shapeless          | negative
			Too good to be true, I love it                | positive
			Not too warm, just right                      | positive
			""")
	void excessBeforeMildPraise(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The location is the only good thing about it  | negative
			The noise at night is unbearable              | negative
			Not much choice at breakfast                  | negative
			A complete lack of communication              | negative
			The size was a deal breaker                   | negative
			I would not stay again                        | negative
			Not suitable for children                     | negative
			The room smelled of smoke and had stains      | negative
			For the third time my order is wrong          | negative
			Cute, but it did not work for me, it is going back | negative
			Lamentablemente no me quedó bien, lo devolví  | negative
			Lo único bueno fue la ubicación               | negative
			Me robaron la maleta en recepción             | negative
			Los colchones hechos polvo                    | negative
			Falta de mantenimiento en la piscina          | negative
			Estuvimos dos días sin agua caliente          | negative
			El personal no hizo nada                      | negative
			No era gran cosa                              | negative
			La habitación enana y el baño insufrible      | negative
			""")
	void complaintsWithoutClassicWords(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Highly recommendable, the views are spectacular | positive
			Impeccable rooms and polite staff             | positive
			We would stay here again                      | positive
			Destacamos la atención personalizada          | positive
			Habitación silenciosa y desayuno variado      | positive
			No duden en elegir este hotel                 | positive
			Superó nuestras expectativas                  | positive
			Nothing was too much trouble for the staff    | positive
			Second time in this hotel and it was lovely   | positive
			We will be returning in May, cannot wait      | positive
			""")
	void praiseWithoutClassicWords(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A verdict against the past ("used to love", "ha ido a peor"), zero for one side,
	 * how a loyal customer is treated, help beyond duty and nothing left to ask for.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Used to love this place, it has gone downhill | negative
			Antes me encantaba, ahora ha ido a peor       | negative
			Diez años siendo cliente y así me tratan      | negative
			Fine food but we waited 50 minutes and the waiter forgot our drinks | negative
			La comida bien, pero esperamos 50 minutos y se olvidaron de las bebidas | negative
			The manager went above and beyond to fix our booking | positive
			El gerente hizo todo lo posible para arreglar la reserva | positive
			Couldn't ask for more                         | positive
			Oh great, thanks so much for the upgrade!     | positive
			I wouldn't hesitate to recommend it           | positive
			No dudaría en volver                          | positive
			Le daría 5 de 5                               | positive
			5 out of 5, would book again                  | positive
			No le pongo ni un pero                        | positive
			These chips used to be my favorite            | negative
			Solía ser mi favorita                         | negative
			""")
	void verdictsByComparison(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			It does the job, nothing more nothing less    | neutral
			It is what it is                              | neutral
			Cumple su función, sin más                    | neutral
			Nada que destacar                             | neutral
			Aceptable                                     | neutral
			Correcto. Ni muy bueno ni muy malo.           | neutral
			Neither great nor terrible.                   | neutral
			Works, but it's noisy. For the price you can't ask for more | neutral
			Normalita, se nota que es barato. Para salir del paso está bien | neutral
			""")
	void lukewarmVerdictsAreNeutral(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Negation turns and weakens (shift negation): "nothing amazing" is lukewarm, not a
	 * strong complaint; "not terrible" is at most mild praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Decent product for the price, nothing amazing          | neutral
			Producto correcto para el precio, nada espectacular    | neutral
			Tres estrellas. Cosas buenas y malas                   | neutral
			Experiencia normal, ni buena ni mala                   | neutral
			The food was not good                                  | negative
			No me convenció                                        | negative
			""")
	void negatedStrongWordsAreWeaker(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			No tiene desperdicio                          | positive
			No me arrepiento de haberlo comprado          | positive
			Regresaría sin pensarlo                       | positive
			Una chulada de sitio                          | positive
			Ya no es lo que era                           | negative
			Me dejaron en visto                           | negative
			Me clavaron con el precio                     | negative
			Está de pelos                                 | positive
			Está piola, es lo más                         | positive
			Qué mamera esperar tanto                      | negative
			Me vieron la cara con la factura              | negative
			Esta tarde vamos al centro comercial nuevo    | neutral
			El pedido llegó tarde                         | negative
			Estuve toda la tarde esperando                | negative
			""")
	void spanishIdioms(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Hypothetical praise did not happen: "would have been perfect if..." is a mild
	 * complaint; a complaint in the same mood stays a complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The dress is perfect                                          | positive
			It would have been perfect if the sleeves were longer         | negative
			Could have been a great jacket, but the zipper broke          | negative
			The medium would have been too loose on me                    | negative
			El vestido es perfecto                                        | positive
			Habría sido perfecto si las mangas fueran más largas          | negative
			Podría haber sido una gran chaqueta, pero se rompió la cremallera | negative
			La M hubiera sido demasiado grande para mí                    | negative
			""")
	void hypotheticalPraise(String text, String label) {
		assertLabel(text, label);
	}

	/** Clothing and products: size and fit, wear, returns, in both languages. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			It runs small, I sent it back                 | negative
			Me quedó pequeño y lo devolví                 | negative
			Fits perfectly                                | positive
			Me queda perfecto                             | positive
			Pilling after two washes                      | negative
			Le salen bolitas después de dos lavados       | negative
			It shrank in the wash                         | negative
			Encogió al lavarlo                            | negative
			The seam came apart                           | negative
			Se descosió la costura                        | negative
			Not flattering at all                         | negative
			No me favorece nada                           | negative
			Not for me                                    | negative
			No es para mí                                 | negative
			Tallan pequeño, pide una talla más            | negative
			""")
	void fitWearAndReturns(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A reviewer's advice and verdict on a product, in both languages: a warning that
	 * holds its own negation is never flipped into praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Don't waste your money                        | negative
			No te gastes el dinero                        | negative
			Do not buy this, it is garbage                | negative
			No lo compres, es una porquería               | negative
			We are not fans                               | negative
			No soy fan                                    | negative
			This tea has no flavor                        | negative
			Este té no sabe a nada                        | negative
			It has a funny taste                          | negative
			Tiene un sabor raro                           | negative
			Won't be buying again                         | negative
			No lo volveré a comprar                       | negative
			They changed the recipe and threw it out      | negative
			Cambiaron la receta y lo tiré                 | negative
			Don't bother                                  | negative
			Ni lo intentes                                | negative
			It made me sick                               | negative
			Me sentó mal                                  | negative
			Don't buy any other brand, this is the best   | positive
			Lipton is much better than this               | negative
			El de la otra marca es mucho mejor que este   | negative
			This is much better than Lipton               | positive
			Overrated                                     | negative
			Sobrevalorado                                 | negative
			Don't hesitate, buy it                        | positive
			No te arrepentirás                            | positive
			No vale lo que cuesta                         | negative
			Think again before you buy these              | negative
			Not my idea of a good caramel                 | negative
			These cookies need work                       | negative
			I don't understand the good reviews           | negative
			The seams did not hold up                     | negative
			It has held up great after many washes        | positive
			Looks nothing like the photo                  | negative
			What a steal!                                 | positive
			The pictures do not do it justice             | positive
			Las fotos no le hacen justicia                | positive
			I love this brand and this one is no exception | positive
			It is a tiny bit big                          | neutral
			I had to have it                              | neutral
			I have worn it three times                    | neutral
			The carpet was worn and stained               | negative
			I can't stop eating them                      | positive
			No puedo parar de comerlas                    | positive
			It did the trick                              | positive
			I spit it out                                 | negative
			I could not eat it                            | negative
			It looked like a potato sack on me            | negative
			Cute on the model but not on me               | negative
			I usually love this brand but this one is a miss | negative
			Much cuter in the picture                     | negative
			""")
	void aReviewersAdviceAndVerdict(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "ok", "decent", "not bad", "no está mal" are middling verdicts; "not bad at all" is
	 * praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The coffee is okay                            | neutral
			Decent, but not great                         | neutral
			These chips are ok, nothing special           | neutral
			Not bad at all                                | positive
			No está nada mal                              | positive
			No está mal, cumple sin más                   | neutral
			Average at best                               | neutral
			Mediocre at best                              | negative
			Bien pero no genial                           | neutral
			Ni el mejor ni el peor                        | neutral
			Not good, not bad                             | neutral
			Cumple, aunque el cable es corto              | neutral
			Didn't meet expectations                      | negative
			It served its purpose                         | neutral
			Infravalorado                                 | positive
			""")
	void middlingVerdicts(String text, String label) {
		assertLabel(text, label);
	}

	/** Complaints and questions in posts to a brand; "flights" is not "fights". */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline do you have flights to Denver on Friday?  | neutral
			@airline your app keeps crashing                   | negative
			@telco no signal in my area for 3 days now         | negative
			@brand my order still hasn't shipped               | negative
			@brand the new update is buggy af                  | negative
			@aerolinea vuelo cancelado y ni una explicación    | negative
			@banco me bloquearon la tarjeta sin avisar         | negative
			@tienda tienen la talla 38?                        | neutral
			Otra vez sin arreglar la app 🤦‍♂️                   | negative
			Great another delay @airline                       | negative
			Genial otra caída del servicio @telco              | negative
			"Oh great, another outage @telco"                  | negative
			"Genial, otra subida de precio @streaming"         | negative
			Another great stay, thank you                      | positive
			nice job losing my bag again @airline              | negative
			@aerolinea me perdieron la maleta                  | negative
			@streaming another price increase                  | negative
			@streaming otra subida de precio                   | negative
			""")
	void postsToABrand(String text, String label) {
		assertLabel(text, label);
	}

}
