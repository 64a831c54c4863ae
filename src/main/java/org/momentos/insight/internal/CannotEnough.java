package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * "I can't recommend this dental practice enough", "can't thank the crew enough": praise
 * that cannot be given enough is praise, not negated praise; "not good enough" is negated
 * by "not", which does not count. Part of {@link SentimentScorer}.
 */
final class CannotEnough {

	/** Negations of ability, folded. */
	private static final Set<String> CANNOT = Set.of("cant", "cannot", "couldnt");

	/** How much "can't ... enough" adds to the praise it holds. */
	static final double PRAISE = 0.5;

	/** How many words after the praise "enough" is looked for. */
	private static final int REACH = 5;

	private CannotEnough() {
	}

	/** Whether the word negates an ability: "can't", "couldn't". */
	static boolean negatesAbility(Token token) {
		return CANNOT.contains(token.form());
	}

	/** Whether "enough" follows the praise at {@code at} within its clause. */
	static boolean follows(List<Token> tokens, int at) {
		for (int k = at + 1; k < tokens.size() && k <= at + REACH; k++) {
			Token token = tokens.get(k);
			if (token.isPunct()) {
				return false;
			}
			if (token.form().equals("enough")) {
				return true;
			}
		}
		return false;
	}

}
