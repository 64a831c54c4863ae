package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.analyzer;
import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * The words of reviews, in both languages, as tables of examples: a typo or inflection of
 * a sentiment word against a real word that only looks like one, evaluative words the
 * base lexicons lack, and what a customer says is missing.
 */
class ReviewWordsTest {

	/** A word one letter longer than a sentiment word is inflection, not a typo. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Los precios muy caros                         | negative
			Los precios del menú                          | neutral
			Un servicio exelente                          | positive
			""")
	void inflectionIsNotATypo(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A real English word is not a misspelt sentiment word ("morning" is not "mourning",
	 * "treats" not "threats"), but a real misspelling still is; a common Spanish word is
	 * not read by the opinion stem it shares ("chica" is not "chic").
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Good morning, we are sitting at gate 5        | neutral
			We keep the dog treats in the garage          | neutral
			Paying by card at the desk                    | neutral
			A peasant stew with violet potatoes           | neutral
			The pasta was delicous                        | positive
			Loosing my patience with this order           | negative
			La chica de recepción nos dio la llave        | neutral
			Pedimos pastas y entraña para compartir       | neutral
			""")
	void realWordsAreNotTypos(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Common evaluative words that VADER and the Spanish fallback lexicon do not list
	 * (lexicon/en_words.tsv and es.tsv).
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Atrocious customer service                    | negative
			The app is unusable since the update          | negative
			Inexcusable behaviour from the manager        | negative
			Poorly packed and half the jars arrived cracked | negative
			Lackluster food and an unattentive waiter     | negative
			Charging $3 for a coffee is egregious         | negative
			A tone deaf answer from the manager           | negative
			The staff upgraded our room for our anniversary | positive
			Daba a la carretera y no pegamos ojo          | negative
			We didn't sleep a wink with that noise        | negative
			Me vendieron un seguro que no había pedido    | negative
			They added insurance I didn't ask for         | negative
			El cocinero salió a saludarnos, detallazo     | positive
			Such a nice touch from the chef               | positive
			Incredible staff, the room was spotless       | positive
			Phenomenal pasta, so flavorful                | positive
			Una pesadilla de viaje                        | negative
			Negligencia total del personal                | negative
			Un hotel cochambroso y destartalado           | negative
			La habitación estaba impoluta                 | positive
			Un lugar paradisiaco, inolvidable             | positive
			Una cena fabulosa, el postre crujiente        | positive
			Lo recomendaré a mis amigos                   | positive
			Un espectáculo aburrido y absurdo             | negative
			Vendedores mentirosos, un incumplimiento total | negative
			I was skeptical at first but it works         | positive
			Dangerously addictive, I ate the whole bag    | positive
			The driver was going dangerously fast         | negative
			Estas patatas son peligrosamente adictivas    | positive
			""")
	void wordsTheBaseLexiconsLack(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "lacks" and "falta" say what is missing: they turn the praise after them ("lacks
	 * charm", "falta amabilidad") and make a complaint of a plain word ("lacks salt"),
	 * but lacking nothing is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The hotel lacks charm                         | negative
			The dish lacks salt                           | negative
			The service was lacking                       | negative
			The room lacks nothing                        | positive
			Falta amabilidad en recepción                 | negative
			A la sopa le falta sal                        | negative
			No le falta de nada                           | positive
			""")
	void whatIsMissing(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * How a product fails, and ease or speed that strengthens the opinion before it: "se
	 * raya con facilidad" is a complaint, "assembles easily" praise, "doesn't peel
	 * easily" praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The paint scratches easily                    | negative
			The colour fades after one wash               | negative
			The paint chipped quickly                     | negative
			The handle rusted within a month              | negative
			La funda se raya con facilidad                | negative
			Se rompe fácilmente                           | negative
			Se desgasta enseguida                         | negative
			Assembles easily                              | positive
			Se monta fácilmente                           | positive
			Llegó enseguida                               | positive
			The case doesn't scratch easily               | positive
			The label doesn't peel off easily             | positive
			A sauce made from scratch                     | neutral
			No se raya con facilidad                      | positive
			During the breaks the guide told us stories   | neutral
			It didn't come with instructions              | negative
			No viene con instrucciones                    | negative
			El color no es el de la foto                  | negative
			The battery barely lasts half a day           | negative
			La batería apenas dura                        | negative
			The battery lasts all day                     | positive
			La batería dura todo el día                   | positive
			My internet keeps dropping every evening      | negative
			La conexión se corta cada noche               | negative
			Las zapatillas se despegaron al mes           | negative
			La camiseta ha encogido una talla             | negative
			La batería se agota en medio día              | negative
			The refund was fast and easy                  | positive
			La devolución fue muy fácil                   | positive
			Cancelling was easy                           | positive
			""")
	void easeOfAFailureIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * What hotels, restaurants, deliveries and products are praised or blamed for, and
	 * everyday verdicts of a review ("money well spent", "skip this place").
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Staff couldn't do enough for us               | positive
			El personal se desvivió                       | positive
			The hotel is showing its age                  | negative
			La piscina está muy dejada                    | negative
			Hot water ran out                             | negative
			Se acabó el agua caliente                     | negative
			La comida llegó tibia                         | negative
			Delivered a day early                         | positive
			La batería se gasta enseguida                 | negative
			La batería dura una barbaridad                | positive
			Overcooked pasta                              | negative
			Llegó en el plazo previsto                    | positive
			Arrived later than promised                   | negative
			Huele a plástico                              | negative
			Para lo que lo quiero me sirve                | positive
			Does what I need                              | positive
			The seats don't recline                       | negative
			Mi maleta salió la primera                    | positive
			This hits the spot                            | positive
			Do yourself a favor and skip this place       | negative
			Didn't live up to the hype                    | negative
			Money well spent                              | positive
			They ghosted me after I paid                  | negative
			""")
	void hotelRestaurantAndProductPhrases(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * "My only complaint is..." in a review that praises: the sole drawback weighs like a
	 * concession, so it pulls the review down less than the same complaint made plainly.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Tasty. My only complaint is that the bag was crushed and the chips were broken | Tasty. Sadly the bag was crushed and the chips were broken
					Good tea. The only problem is the string comes off the bag                      | Good tea. Sadly the string comes off the bag
					Hotel bonito y limpio. Lo único malo es que el desayuno era pobre               | Hotel bonito y limpio. Por desgracia el desayuno era pobre
					Muy buen museo. El único inconveniente es el ruido de la calle                  | Muy buen museo. Por desgracia hay ruido de la calle
					Muy buenos cascos. Como única crítica, el cancelador de ruido es mejorable      | Muy buenos cascos. Por desgracia el cancelador de ruido es mejorable
					""")
	void theOnlyComplaintOfALikedProductWeighsLess(String onlyComplaint, String plainComplaint) {
		assertThat(analyzer.analyze(onlyComplaint).sentiment().score())
			.isGreaterThan(analyzer.analyze(plainComplaint).sentiment().score());
		assertThat(analyzer.analyze(onlyComplaint).sentiment().label().code()).isNotEqualTo("negative");
	}

	/**
	 * Loyalty said as a negation ("never once let us down"), a superlative said as one
	 * ("never been this calm"), and things a review names that VADER weighs ("as a gift",
	 * "deep clean"); a promise is no praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Our go-to place for years and it has never once let us down | positive
			Nunca nos ha fallado en cinco años                           | positive
			My skin has never been this calm                             | positive
			The dentist was so patient with my son                       | positive
			Bought it as a gift for my sister                            | neutral
			Booked a deep clean before we moved out                      | neutral
			They promised it would be fixed by noon                      | neutral
			I really wanted to love this tea                             | negative
			Quería que me gustara, pero no                               | negative
			Little flavor and lacks body                                 | negative
			El café tiene poco sabor                                     | negative
			""")
	void whatWholeReviewsSay(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Restaurant service and kitchen: the bill brought before it was asked for, desserts
	 * bought in, are complaints; gluten-free options looked after and desserts made in
	 * house are praise; an industrial estate is a place.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nos trajeron la cuenta sin pedirla, querían que nos fuéramos    | negative
			Brought the check before we even asked                         | negative
			Los postres, industriales                                      | negative
			Desserts tasted store-bought                                   | negative
			Tienen muchas opciones sin gluten y lo cuidan mucho            | positive
			The desserts are clearly made in house                         | positive
			Está en un polígono con naves industriales, tranquilo          | positive
			""")
	void restaurantServiceAndKitchen(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Hotels: a late check-out given at no charge and towel figures are praise ("tarde"
	 * is no lateness there); the same breakfast every day, an air conditioner that barely
	 * cools and a room other than the one booked are complaints.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nos dejaron hacer el check-out tarde sin coste                  | positive
			They let us check out late at no charge                         | positive
			Las camareras de piso nos dejaban figuritas con las toallas     | positive
			El desayuno, todos los días lo mismo                            | negative
			The AC barely cooled the room                                   | negative
			The room wasn't the one we booked                               | negative
			""")
	void hotelStays(String text, String label) {
		assertLabel(text, label);
	}

}
