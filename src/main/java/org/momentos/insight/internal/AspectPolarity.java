package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

import org.momentos.insight.Sentiment;

/**
 * Gives each aspect the sentiment of its own clause: in "food great, service slow" the
 * food takes "great" and the service takes "slow". Inside one clause a sentiment word
 * goes to the nearest aspect ("great food and slow service"), or to the aspect a
 * preposition ties it to ("perfecto en su servicio"); an aspect listed with another
 * shares its sentiment ("buen ambiente, comida y precio").
 */
final class AspectPolarity {

	/** Lexicon units (-4 to 4) under which an aspect reads neutral. */
	private static final double NEUTRAL_BAND = 0.3;

	private AspectPolarity() {
	}

	/** The summed valence felt towards each mention, in the order of the mentions. */
	static double[] assign(ScoredText scored, List<ThemeMatcher.Mention> mentions, List<Token> tokens) {
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
			int nearest = linkedAfter(mentions, tokens, segments, k, covering);
			if (nearest < 0) {
				nearest = nearest(mentions, segments, k, covering);
			}
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
		// the aspect it is listed with, when nothing in its clause speaks of it; an
		// aspect only mentioned beside an opinion on another ("the food was served
		// promptly") stays neutral.
		double[] own = felt.clone();
		boolean[] contrasted = contrasted(tokens, sentences);
		for (int m = 0; m < mentions.size(); m++) {
			if (own[m] == 0) {
				felt[m] = listedWith(mentions, own, tokens, m);
			}
			int sentence = sentences[mentions.get(m).at()];
			if (felt[m] == 0 && !contrasted[sentence]) {
				felt[m] = unanimous(valences, sentences, sentence);
			}
		}
		return felt;
	}

	/** Words that set one thing against another in a sentence. */
	private static final Set<String> CONTRASTS = Set.of("pero", "aunque", "mientras", "sino", "embargo", "but",
			"although", "though", "however", "while", "whereas", "yet");

	/**
	 * For each sentence, whether it sets one thing against another ("the food was served
	 * promptly but..."): there an aspect nothing speaks of is only mentioned.
	 */
	private static boolean[] contrasted(List<Token> tokens, int[] sentences) {
		boolean[] contrasted = new boolean[(sentences.length == 0) ? 1 : sentences[sentences.length - 1] + 1];
		for (int k = 0; k < tokens.size(); k++) {
			contrasted[sentences[k]] |= CONTRASTS.contains(tokens.get(k).form());
		}
		return contrasted;
	}

	/**
	 * The sentiment of a sentence of one mind ("Local muy original, buena comida y un
	 * servicio fantástico"), or 0.
	 */
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

	/**
	 * Words that tie an opinion to the aspect after it: "perfecto en su servicio",
	 * "rápidos con el pedido", "great with the kids".
	 */
	private static final Set<String> LINKS = Set.of("en", "con", "de", "del", "in", "with", "at", "on", "su", "sus",
			"el", "la", "los", "las", "the", "its", "their");

	/**
	 * The aspect an opinion word is tied to by a preposition ("perfecto en su servicio"),
	 * though another stands nearer before it; or -1.
	 */
	private static int linkedAfter(List<ThemeMatcher.Mention> mentions, List<Token> tokens, int[] units, int k,
			int excluded) {
		for (int m = 0; m < mentions.size(); m++) {
			ThemeMatcher.Mention mention = mentions.get(m);
			if (m == excluded || mention.at() <= k + 1 || units[mention.at()] != units[k]) {
				continue;
			}
			for (int j = k + 1; j < mention.at(); j++) {
				if (!LINKS.contains(tokens.get(j).form())) {
					return -1;
				}
			}
			return m;
		}
		return -1;
	}

	/**
	 * Words that may stand between two aspects of one list: "el ambiente, la comida y el
	 * precio".
	 */
	private static final Set<String> LIST_WORDS = Set.of(",", "y", "e", "o", "ni", "and", "or", "nor", "&", "el", "la",
			"los", "las", "lo", "su", "sus", "the", "its", "their", "a", "an", "un", "una", "de", "del", "en", "of",
			"in", "como", "tanto", "as", "well", "both", "sobre", "todo", "sobretodo", "especialmente", "incluso",
			"especially", "including", "por", "for");

	/**
	 * The sentiment of the nearest aspect joined to {@code m} in a list, looking through
	 * the list both ways, or 0.
	 */
	private static double listedWith(List<ThemeMatcher.Mention> mentions, double[] own, List<Token> tokens, int m) {
		for (int step = -1; step <= 1; step += 2) {
			int current = m;
			for (int other = m + step; other >= 0 && other < mentions.size(); other += step) {
				if (!joined(mentions.get(Math.min(current, other)), mentions.get(Math.max(current, other)), tokens)) {
					break;
				}
				if (own[other] != 0) {
					return own[other];
				}
				current = other;
			}
		}
		return 0;
	}

	/**
	 * Whether only list words stand between two mentions, the first before the second.
	 */
	private static boolean joined(ThemeMatcher.Mention first, ThemeMatcher.Mention second, List<Token> tokens) {
		int from = first.at() + first.length();
		if (second.at() < from) {
			return false;
		}
		for (int k = from; k < second.at(); k++) {
			if (!LIST_WORDS.contains(tokens.get(k).form())) {
				return false;
			}
		}
		return true;
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
