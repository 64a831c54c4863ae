package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Remedies ({@code @remedy}: "solved", "got rid of", "me quitó", "solucionaron") take the
 * complaint after them away: "solved my dog's digestive issues" is praise. A negated
 * remedy leaves the complaint standing: "nobody fixed the leak". Part of
 * {@link SentimentScorer}, which turns a complaint taken away as it turns a negated one.
 */
final class Remedies {

	private Remedies() {
	}

	/**
	 * How many words before a complaint a remedy is looked for: "solved my dog's
	 * digestive issues".
	 */
	private static final int REACH = 5;

	/**
	 * Words that end what a remedy takes away: a new clause ("resolved and I'm sick of
	 * waiting"). A relative clause is still what is taken away ("me devolvieron lo que me
	 * cobraron de más").
	 */
	private static final Set<String> STOPS = Set.of("and", "y", "i", "im", "ive", "we", "they", "you", "he", "she");

	/** What a remedy before a complaint does to it. */
	enum Remedy {

		/** No remedy before the complaint. */
		NONE,
		/** "got rid of the bitter taste": the complaint is taken away, so praise. */
		TAKEN_AWAY,
		/**
		 * "nobody fixed the leak", "no me solucionaron el problema": the negation is the
		 * remedy's, and the complaint stays one.
		 */
		KEPT

	}

	/** What a remedy before the complaint at {@code at} does to it. */
	static Remedy before(List<Token> tokens, Term[] terms, int at) {
		for (int k = at - 1; k >= 0 && k >= at - REACH; k--) {
			Term before = terms[k];
			if (tokens.get(k).isPunct() || (before != null
					&& (before.kind() == Term.Kind.CONTRAST || before.kind() == Term.Kind.CONCESSION))) {
				return Remedy.NONE;
			}
			if ((before != null && before.kind() == Term.Kind.NEGATOR) || STOPS.contains(tokens.get(k).form())) {
				return Remedy.NONE;
			}
			if (before != null && before.kind() == Term.Kind.REMEDY) {
				return negatedBefore(tokens, terms, k) ? Remedy.KEPT : Remedy.TAKEN_AWAY;
			}
		}
		return Remedy.NONE;
	}

	private static boolean negatedBefore(List<Token> tokens, Term[] terms, int at) {
		for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
			if (tokens.get(k).isPunct()) {
				return false;
			}
			if (terms[k] != null && terms[k].kind() == Term.Kind.NEGATOR) {
				return true;
			}
		}
		return false;
	}

}
