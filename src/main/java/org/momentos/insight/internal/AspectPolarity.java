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
		int[] sentences = scored.sentences();
		for (int k = 0; k < valences.length; k++) {
			if (valences[k] == 0) {
				continue;
			}
			// An opinion word that is itself an aspect ("slow", "rude") keeps its valence
			// and also lends it to the nearest other aspect of its clause ("service
			// slow").
			int covering = -1;
			for (int m = 0; m < mentions.size(); m++) {
				if (distance(mentions.get(m), k) == 0) {
					covering = m;
					felt[m] += valences[k];
				}
			}
			int nearest = nearest(mentions, segments, k, covering);
			if (nearest < 0 && covering < 0) {
				// A clause with no aspect ("the food, which was delicious") speaks of
				// the nearest aspect of its sentence.
				nearest = nearest(mentions, sentences, k, -1);
			}
			if (nearest >= 0) {
				felt[nearest] += valences[k];
			}
		}
		// An aspect in a list ("buen ambiente, comida y precio") takes the sentiment of
		// its sentence when nothing in its clause speaks of it and the sentence is of
		// one mind.
		for (int m = 0; m < mentions.size(); m++) {
			if (felt[m] == 0) {
				felt[m] = unanimous(valences, sentences, sentences[mentions.get(m).at()]);
			}
		}
		return felt;
	}

	private static double unanimous(double[] valences, int[] sentences, int sentence) {
		double positive = 0;
		double negative = 0;
		for (int k = 0; k < valences.length; k++) {
			if (sentences[k] == sentence) {
				positive += Math.max(valences[k], 0);
				negative += Math.min(valences[k], 0);
			}
		}
		return (positive == 0 || negative == 0) ? positive + negative : 0;
	}

	private static int nearest(List<ThemeMatcher.Mention> mentions, int[] units, int k, int excluded) {
		int nearest = -1;
		int best = Integer.MAX_VALUE;
		for (int m = 0; m < mentions.size(); m++) {
			ThemeMatcher.Mention mention = mentions.get(m);
			if (m == excluded || units[mention.at()] != units[k]) {
				continue;
			}
			int distance = distance(mention, k);
			if (distance < best && distance > 0) {
				best = distance;
				nearest = m;
			}
		}
		return nearest;
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
