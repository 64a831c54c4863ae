package org.momentos.insight;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AspectsAndThemesTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	@ParameterizedTest(name = "{0}: {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			food great, service slow                        | food      | positive
			food great, service slow                        | service   | negative
			La comida bien pero el servicio pésimo          | comida    | positive
			La comida bien pero el servicio pésimo          | servicio  | negative
			great food and slow delivery                    | food      | positive
			great food and slow delivery                    | delivery  | negative
			La habitación sucia, el desayuno delicioso      | habitación| negative
			La habitación sucia, el desayuno delicioso      | desayuno  | positive
			Buen ambiente, comida y precio                  | precio    | positive
			Me encantó el sitio, la comida y el servicio    | servicio  | positive
			Excelso en su comida y perfecto en su servicio  | servicio  | positive
			The food was served promptly but the waiter forgot our drinks | food | positive
			The food was served promptly but the waiter forgot our drinks | drinks | neutral
			Local muy original, buena comida y un servicio fantástico | comida | positive
			""")
	void eachAspectCarriesItsOwnPolarity(String text, String aspect, String label) {
		Aspect found = analyzer.analyze(text)
			.aspects()
			.stream()
			.filter((a) -> a.text().equals(aspect))
			.findFirst()
			.orElseThrow();
		assertThat(found.label().code()).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Esperé 40 minutos en la cola                  | waiting_time
			El camarero fue muy grosero                   | staff_attitude
			Me cobraron dos veces en la factura           | billing_charges
			El paquete llegó roto                         | delivery
			Quiero la devolución de mi dinero             | returns_refunds
			No pude cancelar la reserva                   | booking
			La app se cuelga al pagar                     | website_app
			The bathroom was filthy                       | cleanliness
			Way too expensive for what you get            | price_value
			The technician did not know what he was doing | staff_competence
			Hace tres días que no anda la fibra           | reliability
			Two days with no internet at home             | reliability
			Se rompieron las dos asas el primer día       | lost_damaged
			The screen cracked after a week               | lost_damaged
			Se averió el coche en plena autopista         | reliability
			Mine stopped charging after a month           | reliability
			No trae las pilas que pone que incluye        | lost_damaged
			La app del móvil se cuelga                    | website_app
			My mobile died after a week                   | reliability
			Faltaban dos piezas                           | lost_damaged
			Hubo un corte de luz toda la noche            | reliability
			Delayed three hours for a mechanical issue    | reliability
			Me engañaron con el precio                    | communication
			Pagué con tarjeta de crédito                  | billing_charges
			Canjeé mis puntos en la tienda                | promotions_loyalty
			El vino de la casa estaba riquísimo           | food_drink
			Pedimos vino tinto y tardó una hora           | food_drink
			Me atendió Laura y fue un encanto             | staff_attitude
			A mi madre la trataron fatal en la caja       | staff_attitude
			I filed a complaint and nobody answered       | customer_support
			Puse una queja y nadie contestó               | customer_support
			Me bloquearon la cuenta sin motivo            | account_access
			Me pusieron un cargo extra en la factura      | billing_charges
			The staff needs more training                 | staff_competence
			The carpet was stained                        | cleanliness
			El guía estaba muy preparado                  | staff_competence
			No me anda el internet hace tres días         | reliability
			Me clavaron 30 soles por una botella de agua  | price_value
			Muy buena onda el chofer                      | staff_attitude
			Tardísimo en llegar                           | waiting_time
			Love the new update, so much faster           | website_app
			La última actualización ha estropeado la app  | website_app
			La habitación huele a humedad                 | cleanliness
			The room smelled of smoke                     | cleanliness
			Too many ads since the update                 | website_app
			Demasiada publicidad                          | website_app
			Chatbot is useless, can't reach a human       | customer_support
			Mi transferencia sigue pendiente              | billing_charges
			The card got declined abroad                  | billing_charges
			Se cae internet todas las noches              | reliability
			Coverage is spotty                            | product_quality
			Paper thin walls, could hear next door        | room_stay
			Overcooked pasta                              | food_drink
			We were seated right away                     | waiting_time
			Instructions were useless                     | product_quality
			La instalación fue rápida                     | delivery
			Valió cada peso                               | price_value
			It's a rip-off                                | price_value
			El banco me bloqueó la tarjeta sin motivo     | billing_charges
			No me dejan hablar con un supervisor          | customer_support
			They fobbed me off with excuses               | customer_support
			El colectivo nunca pasa a horario             | waiting_time
			Se desarma solo                               | product_quality
			Nada que ver con la foto                      | product_quality
			Spot on, exactly as described                 | product_quality
			La doctora ni me miró y me despachó en cinco minutos | staff_attitude
			Me subieron la prima un 30%                   | price_value
			My premium went up 40%                        | price_value
			Half the treadmills are out of order          | reliability
			Buffering every five minutes                  | reliability
			Nos quedamos sin la fianza                    | billing_charges
			The landlord kept our deposit                 | billing_charges
			My car came back with a scratch               | lost_damaged
			Me devolvieron el coche con un rayón          | lost_damaged
			The course was outdated                       | product_quality
			""")
	void findsTheThemes(String text, String theme) {
		assertThat(analyzer.analyze(text).themes()).as(text).contains(theme);
	}

	@Test
	void aMobilePhoneIsNotAnApp() {
		assertThat(analyzer.analyze("Este móvil lleva cable usb y no lleva el cargador").themes())
			.doesNotContain("website_app");
	}

	/**
	 * Everyday words that only look like a theme keyword: "precioso" is not a price,
	 * "cortesía" not an outage, "por la tarde" not a delay, "una experiencia" not staff
	 * competence, "el hotel cuenta con" not an account, "claro que" not communication, a
	 * burning smell not cleanliness ({@code no_theme.tsv}).
	 */
	@ParameterizedTest(name = "{0} has no theme {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Un hotel precioso junto al mar                | price_value
			Nos atendieron con cortesía                   | reliability
			Por la tarde fuimos a la playa                | waiting_time
			Una experiencia inolvidable                   | staff_competence
			El hotel cuenta con piscina y gimnasio        | account_access
			Hay que tener en cuenta que está lejos        | account_access
			Claro que volveremos                          | communication
			El enganche de la correa es firme             | communication
			Tarjeta de embarque en el móvil               | billing_charges
			En algunos puntos de la ciudad hay obras      | promotions_loyalty
			Unas lentejas caseras                         | waiting_time
			I had to deal with a rude manager             | price_value
			It was not my fault they lost it              | reliability
			At some points the music was loud             | promotions_loyalty
			Lost my boarding card at the gate             | billing_charges
			El técnico vino puntual y lo resolvió         | food_drink
			Love the new update, so much faster           | communication
			My only complaint is that the bag is small    | customer_support
			Mi única queja es el precio                   | customer_support
			Works fine on my phone                        | customer_support
			Fuimos por tu cuenta sin guía                 | account_access
			Llevad bloqueador solar                       | account_access
			El museo está a cargo del ayuntamiento        | billing_charges
			Great for potty training my puppy             | staff_competence
			A stainless steel bottle                      | cleanliness
			It promotes healthy digestion                 | promotions_loyalty
			Pillowy soft bread                            | room_stay
			Comida bien preparada                         | staff_competence
			El cargador huele a quemado                   | cleanliness
			Se notaba un olor a plástico quemado          | cleanliness
			The fan smells like burning after an hour     | cleanliness
			Fue un problema puntual                       | waiting_time
			Después de armar un escándalo nos lo cambiaron | product_quality
			Aprendí más en un mes que en un año por mi cuenta | account_access
			Me obligan a ir en persona con una carta      | food_drink
			La doctora me despachó con un ibuprofeno      | delivery
			Me lo devolvieron con un rayón                | returns_refunds
			Everything is made from scratch               | lost_damaged
			""")
	void wordsThatOnlyLookLikeAThemeKeyword(String text, String theme) {
		assertThat(analyzer.analyze(text).themes()).as(text).doesNotContain(theme);
	}

	@Test
	void aWorkspaceAddsItsOwnThemesAndKeywords() {
		ThemeTaxonomy taxonomy = ThemeTaxonomy.defaults()
			.with(Theme.of("loyalty_card", "Loyalty card", "Tarjeta de puntos", List.of("points card"),
					List.of("tarjeta de puntos", "monedero")))
			.withKeywords("food_drink", Language.ES, List.of("ceviche"));
		TextAnalyzer workspace = TextAnalyzer.create(taxonomy);

		Analysis analysis = workspace.analyze("El ceviche riquísimo pero la tarjeta de puntos no funciona");

		assertThat(analysis.themes()).contains("food_drink", "loyalty_card");
		assertThat(analysis.aspects()).contains(new Aspect("ceviche", "food_drink", SentimentLabel.POSITIVE),
				new Aspect("tarjeta de puntos", "loyalty_card", SentimentLabel.NEGATIVE));
		assertThat(TextAnalyzer.create().analyze("el ceviche").themes()).doesNotContain("loyalty_card");
	}

}
