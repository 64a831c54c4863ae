package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** Customer feedback from industries other than air travel, as tables of examples. */
class OtherIndustriesTest {

	/**
	 * Problems told as facts, and plain good news, in industries other than air travel:
	 * telecoms, banks, insurance, utilities, parcels, restaurants, hotels, repairs,
	 * subscriptions and car rental.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@Movistar llevo tres días sin fibra                              | negative
			@Vodafone me habéis subido la tarifa sin avisar                  | negative
			El banco me ha cobrado una comisión que no reconozco             | negative
			La aseguradora ha rechazado el parte del accidente               | negative
			Me ha llegado una factura desorbitada con lectura estimada       | negative
			Pone entregado y el paquete no ha llegado                        | negative
			El repartidor dejó aviso de ausencia y yo estaba en casa         | negative
			La habitación no era la que habíamos reservado                   | negative
			Me siguen cobrando la suscripción después de darme de baja       | negative
			Me cobraron daños que no hice en el coche de alquiler            | negative
			El técnico lo arregló a la primera                               | positive
			Cambiaron el producto sin ningún problema                        | positive
			@comcast internet keeps dropping every evening                   | negative
			my bank froze my card while I was abroad                         | negative
			the insurance denied my claim after three months                 | negative
			says delivered but nothing at my door                            | negative
			they charged me after I cancelled my subscription                | negative
			no hot water in the room for two days                            | negative
			the technician fixed it on the first visit                       | positive
			they swapped it with no questions asked                          | positive
			""")
	void problemsInOtherIndustries(String text, String label) {
		assertLabel(text, label);
	}

}
