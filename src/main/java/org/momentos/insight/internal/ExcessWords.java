package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Words that read as a complaint about the word after them: an excess ("too small",
 * "demasiado ruido") or an absence ("there was no towel", "no había toallas"). Part of
 * {@link SentimentScorer}.
 */
final class ExcessWords {

	private ExcessWords() {
	}

	/** Words after "too" or "demasiado" that are never an opinion on their own. */
	private static final Set<String> NOT_EXCESSIVE = Set.of("the", "a", "an", "to", "and", "i", "me", "my", "it", "is",
			"was", "be", "you", "we", "in", "on", "of", "for", "at", "but", "so", "as", "y", "de", "la", "el", "que",
			"en", "los", "las", "un", "una", "lo", "le", "se", "mi", "por", "para", "con");

	/**
	 * "too small", "demasiado ruido": an excess word ({@code @excess}) gives its valence
	 * to the next word when that word carries none of its own or praises only mildly
	 * ("too warm"; before stronger sentiment it is only a booster: "too good"); a
	 * negation before it turns it ("not too pricey"). Likewise an absence
	 * ({@code @absence}: "there was no", "no había") makes a complaint of the next word
	 * ("no había toallas") and negates a sentiment word ("no hay problema").
	 * @return how many words got a valence
	 */
	static int weigh(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		int found = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Term term = terms[i];
			int at = i + Math.max(spans[i], 1);
			if (term == null || term.boost() == 0 || at >= tokens.size()
					|| (term.kind() != Term.Kind.BOOSTER && term.kind() != Term.Kind.NEGATOR)) {
				continue;
			}
			if (term.kind() == Term.Kind.NEGATOR) {
				at = pastReachedAcross(tokens, terms, at);
			}
			Token next = tokens.get(at);
			boolean mildPraise = term.kind() == Term.Kind.BOOSTER && isMildPraise(terms[at]);
			if (!next.isWord() || (terms[at] != null && !mildPraise) || next.form().length() < 3
					|| NOT_EXCESSIVE.contains(next.form()) || hasDigit(next.form())) {
				continue;
			}
			double v = term.boost();
			for (int j = i - 1; j >= 0 && j >= i - 3 && !tokens.get(j).isPunct(); j--) {
				if (terms[j] != null && terms[j].kind() == Term.Kind.NEGATOR) {
					v *= SentimentScorer.NEGATION;
					break;
				}
			}
			valences[at] = v;
			found += mildPraise ? 0 : 1;
		}
		return found;
	}

	/** "flight no UA80", "no 2": a code or number after "no" is not something missing. */
	private static boolean hasDigit(String form) {
		for (int k = 0; k < form.length(); k++) {
			if (Character.isDigit(form.charAt(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Articles, possessives and "be" an absence reaches across: "faltaba un producto",
	 * "the flight can't be booked".
	 */
	private static final Set<String> REACHED_ACROSS = Set.of("a", "an", "the", "my", "our", "any", "un", "una", "unos",
			"unas", "el", "la", "los", "las", "mi", "mis", "su", "sus", "be", "been");

	private static int pastReachedAcross(List<Token> tokens, Term[] terms, int at) {
		int k = at;
		while (k < tokens.size() - 1 && k < at + 2 && terms[k] == null
				&& REACHED_ACROSS.contains(tokens.get(k).form())) {
			k++;
		}
		return k;
	}

	/**
	 * A word that praises only mildly ("warm", "soft", "sweet"): after "too" it is a
	 * complaint ("too warm"), while strong praise is only intensified ("too good").
	 */
	private static boolean isMildPraise(Term term) {
		return term != null && term.isSentiment() && term.value() > 0 && term.value() < MILD_PRAISE;
	}

	private static final double MILD_PRAISE = 1.5;

}
