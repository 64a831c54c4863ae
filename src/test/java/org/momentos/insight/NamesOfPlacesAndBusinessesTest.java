package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** Opinion words inside the name of a place or a business hold no opinion. */
class NamesOfPlacesAndBusinessesTest {

	/**
	 * A capitalised name with a word for a kind of place or business ("Inn", "Hotel",
	 * "Puerto", "Fort"), or a source after "según", is a name; the same words out of a
	 * name keep their opinion.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Vuelo a Costa Rica el martes con Iberia                          | neutral
			Iberia retoma los vuelos a puerto rico                           | positive
			Mañana volamos de Madrid a Puerto Rico                           | neutral
			Flying to Grand Rapids on Friday                                 | neutral
			@AmericanAir Dallas/Fort Worth flight number 5320                | neutral
			We stayed at the Comfort Inn near the airport                    | neutral
			We stayed at the Comfort Inn and the room was filthy             | negative
			Cenamos en el Restaurante La Delicia del centro                   | neutral
			Nos alojamos en el Hotel Paraíso y fue horrible                  | negative
			We ordered a Happy Meal for our son                              | neutral
			Vodafone pujará por el espectro 5G, según Expansión              | neutral
			The comfort of the bed was great                                 | positive
			Great Hotel, would stay again                                    | positive
			Hotel Excelente, muy limpio                                      | positive
			The Staff At This Hotel Were Great And So Friendly               | positive
			Nos alojamos en plena Habana Vieja, a dos cuadras de la catedral | neutral
			We walked around the old town after dinner                       | neutral
			Hotel viejo y sucio en la Habana Vieja                           | negative
			""")
	void anOpinionWordInANameIsPartOfTheName(String text, String label) {
		assertLabel(text, label);
	}

}
