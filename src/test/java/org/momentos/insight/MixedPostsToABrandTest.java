package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** How a post addressed to a brand that mixes praise and a complaint is read. */
class MixedPostsToABrandTest {

	/**
	 * A post addressed to a brand that carries a complaint is a complaint unless its
	 * praise clearly outweighs it; the same words not addressed to anyone, or with
	 * thanks, keep their mixed reading.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline the upgrade was amazing, shame about the wifi          | negative
			the upgrade was amazing, shame about the wifi                   | positive
			@airline thanks, the upgrade was amazing, shame about the wifi  | positive
			@Iberia asientos cómodos, el wifi no funcionaba                 | negative
			asientos cómodos, el wifi no funcionaba                         | neutral
			@airline great flight, a bit of a delay                         | positive
			""")
	void aMixedPostToABrandIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

}
