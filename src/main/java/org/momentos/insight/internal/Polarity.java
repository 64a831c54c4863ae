package org.momentos.insight.internal;

import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;

/** Turns the valences of a text into a label and a score in [-1, 1]. */
public final class Polarity {

	static final double EXCLAMATION = 0.292;

	/** VADER's normalisation constant: a sum of about 4 gives a score of 0.7. */
	private static final double ALPHA = 15;

	static final double THRESHOLD = 0.05;

	private Polarity() {
	}

	public static Sentiment of(ScoredText scored) {
		double sum = 0;
		for (double v : scored.valences()) {
			sum += v;
		}
		if (sum != 0) {
			sum += Math.signum(sum) * scored.exclamations() * EXCLAMATION;
		}
		double score = sum / Math.sqrt(sum * sum + ALPHA);
		score = Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000.0));
		return new Sentiment(label(score), score);
	}

	private static SentimentLabel label(double score) {
		if (score >= THRESHOLD) {
			return SentimentLabel.POSITIVE;
		}
		return (score <= -THRESHOLD) ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
	}

}
