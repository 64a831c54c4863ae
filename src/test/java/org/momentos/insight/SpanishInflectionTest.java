package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * A Spanish phrase of the lexicon is read in any inflection of its words: the lexicon
 * says "deja mucho que desear" and "no llegó mi maleta", customers write "dejando mucho
 * que desear" and "no llegaron mis maletas". Exclamations with "qué" and fixed idioms
 * keep their written form, so "que pesaban" is not "qué pesados".
 */
class SpanishInflectionTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			La atención al cliente sigue dejando mucho que desear  | negative
			La aerolínea se niega a devolverme el dinero           | negative
			Aterricé y no llegaron mis maletas                     | negative
			Me cobra 60 euros por la maleta de mano                | negative
			Un pasajero se cansa de esperar y baja del avión       | negative
			Iberia me anula el vuelo cuatro días después de reservar | negative
			Cada vez que vuelo me pierden la maleta                | negative
			En Ezeiza me perdieron la valija otra vez              | negative
			Ya han perdido mis maletas dos veces                   | negative
			""")
	void phrasesInAnotherInflection(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			¿Me podéis decir qué pasa con mi vuelo?            | neutral
			Las maletas que pesaban más de veinte kilos iban aparte | neutral
			El peor servicio del puto mundo                    | negative
			""")
	void exclamationsAndIdiomsKeepTheirForm(String text, String label) {
		assertLabel(text, label);
	}

}
