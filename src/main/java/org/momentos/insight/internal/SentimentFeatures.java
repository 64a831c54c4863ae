package org.momentos.insight.internal;

/**
 * The language-independent description of a scored text that {@link SentimentModel}
 * reads: balance, mass on each side, the first and last sentences, how many sentences
 * lean each way, contrasts, negations, length, emphasis and middling verdicts ("nothing
 * special", "ni fu ni fa"). Nothing here names a word, so a model trained on English
 * reviews reads Spanish texts through the Spanish lexicon.
 */
public final class SentimentFeatures {

	/** Names in the order of {@link #of}, also the row names of the weights file. */
	public static final String[] NAMES = { "balance", "net", "positive", "negative", "last_sentence", "first_sentence",
			"positive_sentences", "negative_sentences", "contrasts", "negations", "length", "exclamations",
			"mixed_verdicts" };

	private SentimentFeatures() {
	}

	/** Opinion mass under which a text is neutral whatever a model says. */
	static final double MINIMUM_MASS = 0.5;

	/** Whether the text holds enough opinion for the model to judge it. */
	public static boolean expressOpinion(double[] features) {
		return Math.expm1(features[2]) + Math.expm1(features[3]) >= MINIMUM_MASS;
	}

	/**
	 * The features of a text; {@code extraNegative} is mass from customer-service cues.
	 */
	public static double[] of(ScoredText scored, int tokens, double extraNegative) {
		double positive = scored.positive();
		double negative = scored.negative() + extraNegative;
		double net = positive - negative;
		int[] sentenceOf = scored.sentences();
		int count = (sentenceOf.length == 0) ? 1 : sentenceOf[sentenceOf.length - 1] + 1;
		double[] perSentence = new double[count];
		double[] valences = scored.valences();
		for (int i = 0; i < valences.length; i++) {
			perSentence[sentenceOf[i]] += valences[i];
		}
		int leaningPositive = 0;
		int leaningNegative = 0;
		for (double v : perSentence) {
			leaningPositive += (v > 0.5) ? 1 : 0;
			leaningNegative += (v < -0.5) ? 1 : 0;
		}
		return new double[] { net / (positive + negative + 1), Math.tanh(net / 4), Math.log1p(positive),
				Math.log1p(negative), Math.tanh(perSentence[count - 1] / 3), Math.tanh(perSentence[0] / 3),
				Math.min(leaningPositive, 3) / 3.0, Math.min(leaningNegative, 3) / 3.0,
				Math.min(scored.contrasts(), 3) / 3.0, Math.min(scored.negations(), 5) / 5.0, Math.log1p(tokens) / 5,
				scored.exclamations() / 4.0, Math.min(scored.mixedVerdicts(), 2) / 2.0 };
	}

}
