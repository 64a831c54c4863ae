package org.momentos.insight.internal;

import org.junit.jupiter.api.Test;
import org.momentos.insight.SentimentLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the model's reading becomes a label: a short text the model calls neutral but that
 * leans negative is a complaint; a long review or a lukewarm verdict stays neutral; a
 * post addressed to a brand that carries a complaint is one unless its praise clearly
 * outweighs it.
 */
class PolarityTest {

	/** A model that only has priors: neutral 0.53, negative 0.32, positive 0.15. */
	private static final SentimentModel LEANS_NEGATIVE = modelWithBias(0.0, 0.5, -0.75);

	/** Positive most likely (0.45), but not by far: negative and neutral 0.27 each. */
	private static final SentimentModel LEANS_POSITIVE = modelWithBias(0.0, 0.0, 0.5);

	/** Positive 0.79, negative and neutral 0.11 each. */
	private static final SentimentModel CLEARLY_POSITIVE = modelWithBias(0.0, 0.0, 2.0);

	/** Positive 0.91, negative and neutral 0.05 each. */
	private static final SentimentModel FAR_POSITIVE = modelWithBias(0.0, 0.0, 3.0);

	/** The same neutral reading without a lean: negative and positive equally likely. */
	private static final SentimentModel BALANCED = modelWithBias(0.0, 0.5, 0.0);

	@Test
	void aShortTextTheModelCallsNeutralButThatLeansNegativeIsAComplaint() {
		assertThat(Polarity.judged(reading(0), 12, 0, LEANS_NEGATIVE, false).label())
			.isEqualTo(SentimentLabel.NEGATIVE);
	}

	/** A neutral reading that leans to the negative by more than the long-text lean. */
	private static final SentimentModel LEANS_FAR_NEGATIVE = modelWithBias(0.9, 1.0, -1.0);

	@Test
	void aLongReviewThatLeansALittleNegativeStaysAMixedVerdict() {
		assertThat(Polarity.judged(reading(0), Polarity.SHORT_TEXT, 0, LEANS_NEGATIVE, false).label())
			.isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void aLongReviewThatLeansFarNegativeIsAComplaintUnlessItCallsItselfSoSo() {
		assertThat(Polarity.judged(reading(0), Polarity.SHORT_TEXT, 0, LEANS_FAR_NEGATIVE, false).label())
			.isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(Polarity.judged(reading(1), Polarity.SHORT_TEXT, 0, LEANS_FAR_NEGATIVE, false).label())
			.isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void aLukewarmVerdictStaysNeutral() {
		assertThat(Polarity.judged(reading(1), 12, 0, LEANS_NEGATIVE, false).label()).isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void aNeutralReadingWithoutALeanStaysNeutral() {
		assertThat(Polarity.judged(reading(0), 12, 0, BALANCED, false).label()).isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void aPostToABrandThatCarriesAComplaintIsAComplaintUnlessItsPraiseClearlyOutweighsIt() {
		assertThat(Polarity.judged(reading(0), 12, 0, LEANS_POSITIVE, true).label()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(Polarity.judged(reading(0), 12, 0, LEANS_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.POSITIVE);
		assertThat(Polarity.judged(reading(0), 12, 0, CLEARLY_POSITIVE, true).label())
			.isEqualTo(SentimentLabel.POSITIVE);
	}

	@Test
	void aReviewThatCallsItselfSoSoIsNeutralUnlessItLeansFar() {
		assertThat(Polarity.judged(reading(1), Polarity.MIDDLING_TOKENS, 0, CLEARLY_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(Polarity.judged(reading(1), Polarity.MIDDLING_TOKENS, 0, FAR_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.POSITIVE);
		assertThat(Polarity.judged(praiseOnly(1), Polarity.MIDDLING_TOKENS - 1, 0, CLEARLY_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.POSITIVE);
	}

	@Test
	void aShortTextThatWeighsUpAndCallsItselfSoSoIsNeutralUnlessItLeansFar() {
		assertThat(Polarity.judged(reading(1), Polarity.MIDDLING_TOKENS - 1, 0, CLEARLY_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(Polarity.judged(reading(1), Polarity.MIDDLING_TOKENS - 1, 0, FAR_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.POSITIVE);
		assertThat(Polarity.judged(reading(0), Polarity.MIDDLING_TOKENS - 1, 0, CLEARLY_POSITIVE, false).label())
			.isEqualTo(SentimentLabel.POSITIVE);
	}

	@Test
	void aPostToABrandWithoutAComplaintKeepsItsReading() {
		double[] praiseOnly = { 1.5, 0, 0, 0 };
		ScoredText reading = new ScoredText(praiseOnly, new int[4], new int[4], 1, 0, 0, 0, 0);
		assertThat(Polarity.judged(reading, 12, 0, LEANS_POSITIVE, true).label()).isEqualTo(SentimentLabel.POSITIVE);
	}

	/** A text with some praise and some complaint, and that many lukewarm verdicts. */
	private static ScoredText praiseOnly(int mixedVerdicts) {
		double[] valences = { 1.5, 0, 0, 0 };
		return new ScoredText(valences, new int[4], new int[4], 1, 0, 0, 0, mixedVerdicts);
	}

	private static ScoredText reading(int mixedVerdicts) {
		double[] valences = { 1.5, 0, 0, -1.5 };
		return new ScoredText(valences, new int[4], new int[4], 2, 0, 0, 0, mixedVerdicts);
	}

	private static SentimentModel modelWithBias(double negative, double neutral, double positive) {
		double[][] weights = new double[SentimentFeatures.NAMES.length + 1][3];
		weights[SentimentFeatures.NAMES.length] = new double[] { negative, neutral, positive };
		return new SentimentModel(weights);
	}

}
