package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * A survey answer that says there is nothing to say: "Sin comentarios", "No comment",
 * "Nothing to add", "N/A". On its own it carries no verdict; inside a longer text ("No
 * comment. Lost my bag again.") or addressed to a brand ("@Iberia sin comentarios") it
 * keeps the weight the lexicon gives it.
 */
final class EmptyAnswers {

	/** Whole answers, as their folded words joined by spaces. */
	private static final Set<String> ANSWERS = Set.of("no comment", "no comments", "sin comentario", "sin comentarios",
			"nothing to add", "nothing to say", "nothing else", "nada que anadir", "nada que comentar",
			"nada que decir", "nada mas", "n a", "na", "ninguno", "ninguna", "none", "nada", "nothing");

	/**
	 * The most tokens such an answer has, its punctuation included: "Nada que añadir."
	 */
	private static final int MOST_TOKENS = 6;

	private EmptyAnswers() {
	}

	/** Whether the words of the text are, all together, an answer with nothing in it. */
	static boolean is(List<Token> tokens) {
		if (tokens.isEmpty() || tokens.size() > MOST_TOKENS) {
			return false;
		}
		StringBuilder words = new StringBuilder();
		for (Token token : tokens) {
			if (token.isWord()) {
				if (words.length() > 0) {
					words.append(' ');
				}
				words.append(token.form());
			}
			else if (!token.isPunct()) {
				return false;
			}
		}
		return ANSWERS.contains(words.toString());
	}

}
