package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Posts to telecoms, banks, shops, couriers, utilities, trains, restaurants and insurers:
 * failures told as facts, sincere thanks after a problem, loyalty, and questions, ads and
 * job posts that hold no opinion.
 */
class PostsToOtherBrandsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@BritishGas 6 appointments, 6 no-shows                                        | negative
			SEUR ha puesto ausente y ni han tocado el timbre                              | negative
			@Orange_esp el técnico tenía que venir ayer. Nadie ha venido                  | negative
			Sanitas me ha subido la póliza un 18% este año                                | negative
			wow PG&E raising rates again                                                  | negative
			El teléfono de autorizaciones no lo coge nadie                                | negative
			@CVSHealth pharmacist caught a drug interaction my doctor missed. genuinely grateful | positive
			Got my bill credit for the outage, appreciate it @PGE4Me                      | positive
			Ayer cambié una camisa en @Zara sin ticket y sin problema. Así sí             | positive
			Me reembolsaron el cobro duplicado sin tener que insistir                     | positive
			Llevo 5 años con @vodafone_es y nunca he tenido un problema. No me cambio ni loco | positive
			no se que le echan a las patatas pero me tienen enganchadaaa                  | positive
			Props to @VirginMedia for the free speed upgrade, didn't even have to ask     | positive
			Me atendió una persona en menos de 1 minuto, así da gusto                     | positive
			@Target drive up, in and out in 2 minutes                                     | positive
			The battery dies in 10 minutes                                                | negative
			The pilot says we take off in 10 minutes                                      | neutral
			@Iberia Correcto, mi vuelo es el de las 9                                     | neutral
			Ok, I'll DM you the booking number                                            | neutral
			Ni me encantó ni me disgustó                                                  | neutral
			@FedEx my package has been in transit in Memphis for 6 days                   | negative
			@Correos mi paquete lleva 12 días en tránsito                                 | negative
			Alguien sabe si hoy hay huelga de Renfe en Valencia?                          | neutral
			CVS Health is hiring pharmacy technicians, no experience required             | neutral
			The new Chalupa Box is here for a limited time                                | neutral
			Con @vodafone_es ahora puedes tener fibra y 2 líneas móviles por 45€/mes      | neutral
			""")
	void aPostToABrand(String text, String label) {
		assertLabel(text, label);
	}

}
