package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * The Spanish words customers use that the first lexicon lacked (es_words.tsv): plain
 * complaints and praise, the colloquial and vulgar verdicts of Spain and Latin America,
 * service failures and news about a brand. And the real words that only look like a
 * misspelt one.
 */
class SpanishVocabularyTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			La miserable idea de cobrar por elegir asiento      | negative
			Lo ocurrido después de la cancelación es demencial  | negative
			Volar con ellos es una tortura                      | negative
			Me arruinaron las vacaciones                        | negative
			Qué hartazgo con esta compañía                      | negative
			El reembolso fue un calvario                        | negative
			Un servicio modélico                                | positive
			Me atendieron con mucha gentileza                   | positive
			Un remanso de paz                                   | positive
			Muy fan de la tripulación de este vuelo             | positive
			Es mi aerolínea preferida                           | positive
			Añadir a favoritos                                  | neutral
			Todo llegó sin un rasguño                           | positive
			Se olvidaron nuestra maleta en Madrid               | negative
			Cambiaron el vuelo y no avisaron a nadie            | negative
			Qué ganas de matar a los de la compañía             | negative
			No estoy de acuerdo con la respuesta del seguro      | negative
			Llevo una semana sin información sobre mi reclamación | negative
			Tras mucho pelear me dieron un vale de 20 euros      | negative
			""")
	void plainComplaintsAndPraise(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Lo único que os importa es el dinero, putos ruines  | negative
			Qué poca madre, le vale madres al cliente           | negative
			Son unos mangantes                                  | negative
			Qué coñazo de trámite                               | negative
			Me tienen hasta la coronilla                        | negative
			Hasta su community manager pasa de mí               | negative
			La paella estaba de rechupete                       | positive
			El hotel es la caña                                 | positive
			Qué planazo                                         | positive
			Un hotel cojonudo                                   | positive
			Hace dos días que no anda el wifi y nadie me da bola | negative
			Ustedes me tienen berraco con esa factura           | negative
			La app del banco está del nabo                      | negative
			El celular no agarra señal en mi casa               | negative
			Me devolvieron la plata sin vueltas                 | positive
			Ese repartidor merece un aumento                    | positive
			Ya tengo los pasajes pa Cartagena!!!                | positive
			Penca la atención                                   | negative
			El hotel es la raja                                 | positive
			Malazo el servicio                                  | negative
			Me dio mucho coraje cómo nos trataron               | negative
			""")
	void colloquialVerdictsOfSpainAndLatinAmerica(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Huelga de tripulantes y vuelos anulados               | negative
			Multan a la compañía por cobros indebidos             | negative
			Galardonada por su atención al cliente                | positive
			Los pilotos desconvocaron la huelga de Navidad        | positive
			La aerolínea abre nuevas rutas desde Sevilla          | positive
			No hay nada como volar con ellos                      | positive
			Me devolvieron el dinero en dos días                  | positive
			""")
	void serviceFailuresAndBrandNews(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A word of 8 letters or more is read through one dropped letter ("exelente");
	 * shorter Spanish words are often verb forms, and real words listed in
	 * es_real_words.txt are left alone, as is a word capitalised inside a sentence, a
	 * name (in both languages: "Mr Horible", "de Vitoria a Colonia").
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Es recomendable para quien quiera desconectar       | positive
			La cocina estaba abierta hasta las once             | neutral
			El servicio fue exelente                            | positive
			El vuelo de Vitoria a Colonia sale a las ocho       | neutral
			We were met by Mr Horible at the desk               | neutral
			The service was horible                             | negative
			""")
	void realWordsAndNamesAreNotMisspeltOnes(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Posts to a brand: a refund without questions and a better tariff nobody asked for
	 * are praise, a fear that did not come true is no complaint; what is impossible, a
	 * company that is "un chiste" and ironic thanks for a charge are complaints.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Llamé a @SegurosFaro con miedo a una odisea y en 10 min resuelto. Me ha encantado el trato | positive
			@CineBoxTV la serie nueva me tiene enganchadísima                                          | positive
			@CompraClick me ha devuelto el dinero en 2 días sin preguntas. Así da gusto                | positive
			@Telvox_ES me ha mejorado la tarifa sin que se lo pidiera                                  | positive
			Darse de baja de @TeleAndes_ar es IMPOSIBLE.                                               | negative
			Otra vez el cercanías parado en Atocha. @TrenIbera sois un chiste                          | negative
			Gracias @MovilVen por cobrarme el plan completo. Excelente 👍                               | negative
			@LineaSur hoy hacéis vuestro agosto conmigo, incordio total                                | negative
			Intento hacer el check-in online pero no es posible                                        | negative
			""")
	void postsToABrandInSpain(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Reviews of local businesses: lukewarm verdicts of each country ("ni tan mal", "ahí
	 * nomás", "medio pelo") are middling; "de escándalo" is praise in Spain; watery
	 * coffee, a bad haircut and a shop that never opens on time are complaints.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Pues ni tan mal. La hamburguesa bien, el camarero un poco despistado. | neutral
			Ahí nomás. La parrillada estaba bien, las bebidas tibias.             | neutral
			Las empanadas bien, la pizza medio pelo.                              | neutral
			La sopa de ajo de escándalo.                                          | positive
			Pedí un café con leche y me trajeron un aguachirle.                   | negative
			Nunca abren a la hora que pone                                        | negative
			Me dejaron trasquilado y encima me cobraron                           | negative
			""")
	void reviewsOfLocalBusinesses(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Everyday words of feeling, and of praise for a person, that the lists lacked:
	 * missing someone, tiredness, pride, talent.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Te echo de menos                                    | negative
			Echo tantísimo de menos mi vida allí                | negative
			Quiero mimos, estoy enfermita                       | negative
			Qué bajonazo                                        | negative
			No entiendo nada y mañana es el examen              | negative
			Ahora mismo no me funciona el enlace                | negative
			Se nos queda pequeña la sala                        | negative
			Postre también vulgar.                              | negative
			La paella flojita y la carne correosa.              | negative
			Camareros con poca experiencia y poco preparados.   | negative
			Un plato muy original y sabroso.                    | positive
			Estoy tan cansada que no puedo más                  | negative
			Qué dicha tener un equipo así                       | positive
			Muy orgullosa de mi equipo                          | positive
			Un chico muy inteligente y talentoso                | positive
			Gran hotel y gran desayuno                          | positive
			Una gran cantidad de gente en la entrada            | neutral
			Eché de menos algo más de variedad en el desayuno   | negative
			""")
	void everydayFeelings(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Customer words of Latin America and Spain that read as nothing or the wrong way: a
	 * bus that never comes "a horario", prices "por las nubes", a card blocked "sin
	 * motivo" (but "sin motivo de queja" is praise), a doctor "muy humana".
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Me trataron como si fuera un estorbo                | negative
			El aire acondicionado no enfriaba nada              | negative
			Te prometen una cosa y luego es otra                | negative
			Los precios por las nubes                           | negative
			Una tomada de pelo                                  | negative
			El banco me bloqueó la tarjeta sin motivo           | negative
			¿Cómo bloqueo la tarjeta desde la app?              | neutral
			Sin motivo de queja, todo bien                      | positive
			La doctora fue muy humana                           | positive
			Aprendí un montón en el curso                       | positive
			El colectivo nunca pasa a horario                   | negative
			El metro va hasta los topes                         | negative
			Las instrucciones no se entienden                   | negative
			Se desarma solo                                     | negative
			Es la tercera vez que escribo                       | negative
			No sabéis lo que nos alegra                         | positive
			No saben lo que hacen, un desastre                  | negative
			Eres el putísimo amo                                | positive
			¿Qué tiene de gracioso?                             | negative
			""")
	void customerWordsOfLatinAmericaAndSpain(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Everyday words that the automatic senticon fallback gave an opinion to, and that
	 * the stop list of {@code scripts/insight/make-senticon.py} now leaves out.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Las piezas entran en la caja                        | neutral
			Un zumo de guayaba                                  | neutral
			Visitamos el famoso callejón                        | neutral
			Es plegable y cabe en el maletero                   | neutral
			La higiene del local                                | neutral
			Nos acreditaron el dinero                           | neutral
			Ropa de caballeros en la segunda planta             | neutral
			Por las tardes hay música en vivo                   | neutral
			No estoy seguro de que funcione                     | neutral
			Es un lugar seguro y tranquilo                      | positive
			Seguro que volvemos                                 | positive
			""")
	void everydayWordsTheSenticonFallbackLeavesOut(String text, String label) {
		assertLabel(text, label);
	}

}
