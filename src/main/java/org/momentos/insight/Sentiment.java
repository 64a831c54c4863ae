package org.momentos.insight;

/**
 * The sentiment of a text or an aspect.
 *
 * @param label the class
 * @param score the strength, from -1 (very negative) to 1 (very positive)
 */
public record Sentiment(SentimentLabel label, double score) {

	public Sentiment {
		if (score < -1 || score > 1 || Double.isNaN(score)) {
			throw new IllegalArgumentException("Sentiment score must be in [-1, 1], was " + score);
		}
	}

	public static final Sentiment NEUTRAL = new Sentiment(SentimentLabel.NEUTRAL, 0);

}
