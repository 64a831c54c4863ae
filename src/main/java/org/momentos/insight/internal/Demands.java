package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * A survey answer that asks for what is missing, in Spanish: "Que contesten el teléfono",
 * "Que cumplan los plazos", "Que la app funcione". A text that opens with "que" (not the
 * exclamation "qué") and gives no opinion and asks nothing demands what it did not get: a
 * mild complaint. "Que sigan así" praises, so it is left alone. Read by
 * {@link InsightEngine} after the {@link SentimentScorer}, as it needs the text.
 */
final class Demands {

	/** The weight of a demand, on the lexicon scale. */
	static final double DEMAND = -1.2;

	/**
	 * Words after "que" that greet or ask, not demand: "que tal", "que tengas buen día".
	 */
	private static final Set<String> NOT_DEMANDS = Set.of("tal", "tengas", "tengan", "tengais", "pases", "paseis",
			"pasen", "disfrutes", "disfruten", "aproveche", "aprovechen", "descanses", "descansen", "sepas", "sepan");

	private Demands() {
	}

	/**
	 * At most this many tokens: a survey answer is short, and a longer "que..." is as
	 * often a story or a question without its mark ("Que dice Puigdemont que no sabe
	 * cuándo vuelve").
	 */
	static final int MAX_TOKENS = 10;

	/**
	 * Marks the demand in a text and returns the hits it adds (0 or 1). A post addressed
	 * to someone, or with a link or a hashtag, is left alone: there "que..." is as often
	 * a reply, a question or a joke ("@user que no en serio").
	 */
	static int weigh(String text, List<Token> tokens, double[] valences) {
		if (tokens.size() > MAX_TOKENS || text.indexOf('@') >= 0 || text.contains("http") || text.indexOf('#') >= 0) {
			return 0;
		}
		if (tokens.size() < 2 || !tokens.get(0).text().equalsIgnoreCase("que") || !tokens.get(1).isWord()
				|| NOT_DEMANDS.contains(tokens.get(1).form())) {
			return 0;
		}
		for (int k = 0; k < tokens.size(); k++) {
			if (valences[k] != 0 || QuestionsAndRequests.isQuestionMark(tokens.get(k))) {
				return 0;
			}
		}
		valences[0] = DEMAND;
		return 1;
	}

}
