package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Posts to a brand that praise what is missing, a deed or in slang, and complaints told
 * dryly, in both languages, as a table of examples (docs/insight.md, stop 23).
 */
class PraiseAndComplaintsToABrandTest {

	/**
	 * Posts to a brand that praise what is missing (outages, fees), a customer's own
	 * mistake, a parent called "mi viejo", and a request said "kindly" in Indian English.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@Banco_Levante me pasé y cero comisiones                  | positive
			@Fibra_Nube un año sin un solo corte                      | positive
			@Super_Cordillera la app funciona filete                  | positive
			@Super el descuento le salva el mes a mi viejo            | positive
			@Rapid_Eats he puesto mal la dirección, se puede cambiar? | neutral
			@QuickKart kindly share the tracking details              | neutral
			@QuickKart thank you kindly                               | positive
			""")
	void whatIsMissingAndWhoMadeTheMistake(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * English posts to a brand: a shout-out for a setback is ironic, for a fee waived
	 * sincere; praise of a driver or an advisor said as a deed; English superlatives read
	 * as stronger base words ("comfiest", "filthiest"), but "latest" and "lowest" do not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			shoutout to @AmeriConnect for charging me a fee to pay my own bill. so convenient | negative
			shout out @MapleTrust for waiving the overdraft fee                                 | positive
			@BiteRun the driver ran up 4 flights of stairs in the rain. give that man a raise   | positive
			@FoodHop the driver left a note saying stay warm. made my night                     | positive
			@Tundra upgraded my phone early at no cost. appreciate it                           | positive
			been with @Harbor_CU for 10 years and they've never once given me a reason to leave | positive
			@Maple advisor explained everything without making me feel dumb. thx                | positive
			@Crest_Hotels the comfiest bed I've ever slept in                                   | positive
			the filthiest bathroom I've ever seen                                               | negative
			Download the latest version                                                         | neutral
			What is the lowest fare to Boston?                                                  | neutral
			Northjet got me home early when my connection was delayed, rebooked in 2 mins. legends | positive
			Been with Cobalt 8 years and never had a single issue                                 | positive
			they helped me set up a payment plan. kind, patient, no judgement. thank you          | positive
			nothing beats their hot cross buns. I will die on this hill                           | positive
			Meridian paid out my claim in 9 days. shocked in a good way                           | positive
			Korvak's new hybrid looks sick, saving up already                                     | positive
			Telvora engineers no-showed for the 2nd time                                          | negative
			spoke to the manager, got a shrug                                                     | negative
			""")
	void englishPostsToABrand(String text, String label) {
		assertLabel(text, label);
	}

}
