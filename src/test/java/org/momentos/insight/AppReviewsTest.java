package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** How app-store reviews complain and praise, in both languages. */
class AppReviewsTest {

	/**
	 * An app that never works, that was fine until a change, that sits loading, that
	 * makes you do things twice, or that a user liked better before, is a complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Los códigos de descuento nunca funcionan                               | negative
			The discount codes never work                                          | negative
			Todo bien hasta que metieron publicidad en los chats                    | negative
			Worked fine until they added ads to the chat list                       | negative
			Me gustaba más la versión anterior                                      | negative
			I liked the old version better                                          | negative
			No carga nada, se queda girando                                         | negative
			Nothing loads, just a spinning wheel                                   | negative
			Se cierra cada vez que abro una foto                                    | negative
			Ads every two seconds                                                   | negative
			Me chupa la batería                                                     | negative
			Drains my battery overnight                                             | negative
			Coverage is spotty in my neighbourhood                                  | negative
			Después de cada actualización hay que volver a registrar el dispositivo | negative
			Ofertas falsas y precios inventados                                     | negative
			Llevo con ustedes desde el principio y así me lo agradecen              | negative
			Good when it works but it freezes when I request a ride                 | negative
			Bien cuando anda, pero se tilda cada dos por tres                       | negative
			Doesn't load. Just a white screen                                       | negative
			No carga, pantalla en blanco                                            | negative
			Video calls drop constantly                                             | negative
			The new version is slower than before                                   | negative
			Buena variedad pero los tiempos de entrega son ciencia ficción          | negative
			The delivery estimates are pure fiction                                 | negative
			Paying for premium and still getting ads                                | negative
			Everything in one place and it never crashes                            | positive
			Finally a government app that actually works                            | positive
			My go to for late night food                                            | positive
			I'd love a dark mode                                                    | neutral
			Would love to come back                                                 | positive
			Hay que volver, la comida es increíble                                  | positive
			Pedí a las 2am y llegó calentito 🤤                                     | positive
			Mi salvación después del turno de noche                                 | positive
			""")
	void appReviews(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Three-star app reviews in Spanish: a lukewarm opening ("bien en general", "bien
	 * supongo") before a problem told as a fact is middling; an app that stutters, looks
	 * old or eats space is a complaint; a wish ("no estaría mal") is no praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Bien en general. A veces el conductor no encuentra la dirección | neutral
			Útil pero se ve antiquísima. Un modo oscuro no estaría mal      | neutral
			Bien supongo. Lo que sí ocupa muchísimo espacio                 | neutral
			La app de la tele va a tirones                                  | negative
			Me encanta la app, va rapidísima                                | positive
			""")
	void threeStarSpanishAppReviews(String text, String label) {
		assertLabel(text, label);
	}

}
