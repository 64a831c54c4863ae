package org.momentos.insight.internal;

import java.util.List;

import org.momentos.insight.Sentiment;

/**
 * Gives each aspect the sentiment of its own clause: in "food great, service slow" the
 * food takes "great" and the service takes "slow". Inside one clause a sentiment word
 * goes to the nearest aspect ("great food and slow service").
 */
final class AspectPolarity {

	/** Lexicon units (-4 to 4) under which an aspect reads neutral. */
	private static final double NEUTRAL_BAND = 0.3;

	private AspectPolarity() {
	}

	/** The summed valence felt towards each mention, in the order of the mentions. */
	static double[] assign(ScoredText scored, List<ThemeMatcher.Mention> mentions) {
		double[] felt = new double[mentions.size()];
		if (mentions.isEmpty()) {
			return felt;
		}
		double[] valences = scored.valences();
		int[] segments = scored.segments();
		for (int k = 0; k < valences.length; k++) {
			if (valences[k] == 0) {
				continue;
			}
			int nearest = -1;
			int best = Integer.MAX_VALUE;
			for (int m = 0; m < mentions.size(); m++) {
				ThemeMatcher.Mention mention = mentions.get(m);
				if (segments[mention.at()] != segments[k]) {
					continue;
				}
				int distance = distance(mention, k);
				if (distance < best) {
					best = distance;
					nearest = m;
				}
			}
			if (nearest >= 0) {
				felt[nearest] += valences[k];
			}
		}
		return felt;
	}

	static Sentiment sentiment(double felt) {
		double score = felt / Math.sqrt(felt * felt + 15);
		score = Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000.0));
		if (felt >= NEUTRAL_BAND) {
			return new Sentiment(org.momentos.insight.SentimentLabel.POSITIVE, score);
		}
		if (felt <= -NEUTRAL_BAND) {
			return new Sentiment(org.momentos.insight.SentimentLabel.NEGATIVE, score);
		}
		return new Sentiment(org.momentos.insight.SentimentLabel.NEUTRAL, score);
	}

	private static int distance(ThemeMatcher.Mention mention, int k) {
		if (k < mention.at()) {
			return mention.at() - k;
		}
		int last = mention.at() + mention.length() - 1;
		return (k > last) ? k - last : 0;
	}

}
