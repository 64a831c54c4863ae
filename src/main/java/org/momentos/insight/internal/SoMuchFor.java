package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * "So much for": ironic when it opens a clause ("So much for on-time departures"), no
 * opinion after a verb ("thanks so much for your help"). Read after the other shifters,
 * with {@link IronicPraise}. Part of {@link SentimentScorer}.
 */
final class SoMuchFor {

	private SoMuchFor() {
	}

	/** Words that may stand before an ironic "so much for": "Well, so much for...". */
	private static final Set<String> OPENERS = Set.of("well", "oh", "ah", "yeah", "wow", "and");

	/**
	 * "So much for on-time departures", "@airline so much for great service": "so much
	 * for" that opens a clause takes back the praise after it in its sentence. After a
	 * verb ("thanks so much for your help", "I love them so much for this") it is no
	 * opinion.
	 */
	static void turn(List<Token> tokens, double[] valences) {
		int n = tokens.size();
		for (int i = 0; i + 2 < n; i++) {
			if (valences[i] >= 0 || !tokens.get(i).form().equals("so") || !tokens.get(i + 1).form().equals("much")
					|| !tokens.get(i + 2).form().equals("for")) {
				continue;
			}
			if (!opensClause(tokens, i)) {
				valences[i] = 0;
				continue;
			}
			for (int k = i + 3; k < n && !SentimentScorer.isSentenceEnd(tokens.get(k)); k++) {
				if (valences[k] > 0) {
					valences[k] *= SentimentScorer.NEGATION;
				}
			}
		}
	}

	private static boolean opensClause(List<Token> tokens, int at) {
		if (at == 0) {
			return true;
		}
		Token before = tokens.get(at - 1);
		return before.isPunct() || before.text().startsWith("@") || OPENERS.contains(before.form());
	}

}
