package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.analyzer;
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

	/**
	 * When a reading rule, not the model, makes a text a complaint or praise, its score
	 * is moved to that side: an analyst never reads "negative +0.50", and an average of
	 * scores agrees with the count of labels.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline the upgrade was amazing, shame about the wifi                                   | negative
			@Iberia la única solución que me han dado después de insistir es recolocarme en un vuelo | negative
			Terrible, broke in a day, awful. Still, I gave it 4 stars because the seller refunded me | positive
			""")
	void theScoreLeansTheWayOfTheLabel(String text, String label) {
		Sentiment sentiment = analyzer.analyze(text).sentiment();
		assertThat(sentiment.label().code()).as(text).isEqualTo(label);
		double towardsTheLabel = (sentiment.label() == SentimentLabel.POSITIVE) ? sentiment.score()
				: -sentiment.score();
		assertThat(towardsTheLabel).as(text).isGreaterThanOrEqualTo(0.1);
	}

}
