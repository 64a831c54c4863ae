package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Whether a customer would come back: "I'd buy them again" is praise, "I won't be
 * ordering this again" a complaint. A verb of coming back ({@code @repeat}: buy, order,
 * fly...) with "again" ({@code @again}) a few words after it, and no opinion word between
 * them, becomes a praise term; a negation before the verb turns it as it turns any
 * praise. Part of {@link SentimentScorer}.
 */
final class RepeatIntent {

	/** The praise of saying one would come back, on the -4..4 scale. */
	static final double PRAISE = 1.8;

	/** How many words "again" may follow the verb: "order from them again". */
	private static final int REACH = 4;

	/** "had to book again": an obligation is not a wish to come back. */
	private static final Set<String> OBLIGATIONS = Set.of("had", "have", "has", "having");

	private static final Term COMING_BACK = new Term(Term.Kind.SENTIMENT, PRAISE, 0);

	private RepeatIntent() {
	}

	static void mark(List<Token> tokens, Term[] terms, int[] spans, SentimentLexicon lexicon) {
		for (int i = 0; i < tokens.size(); i++) {
			// "again" inside a phrase ("wouldn't stay again") belongs to that phrase
			if (terms[i] != null || !lexicon.isAgain(tokens.get(i)) || SentimentScorer.insidePhrase(spans, i)) {
				continue;
			}
			for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
				Token token = tokens.get(k);
				if (token.isPunct() || (terms[k] != null && terms[k].isSentiment())) {
					break;
				}
				if (terms[k] == null && lexicon.isRepeatVerb(token)) {
					if (!isObligation(tokens, k)) {
						terms[k] = COMING_BACK;
						spans[k] = 1;
					}
					break;
				}
			}
		}
	}

	private static boolean isObligation(List<Token> tokens, int verb) {
		return verb >= 2 && tokens.get(verb - 1).form().equals("to")
				&& OBLIGATIONS.contains(tokens.get(verb - 2).form());
	}

}
