package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * How far a negation reaches and when it does not turn what it reaches: not into a new
 * clause ("no me ha gustado porque se despega", "lo usé nada y ha dejado de funcionar"),
 * and not when "never" says the opinion is the strongest yet ("jamás me habían tratado
 * tan mal"). Words are compared folded (lower case, no accents). Part of
 * {@link SentimentScorer}.
 */
final class NegationScope {

	private NegationScope() {
	}

	/**
	 * Words after "and" / "y" that open a clause with a subject or a pronoun of its own.
	 */
	private static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "they", "he", "she", "you", "me", "te", "se",
			"lo", "la", "le", "nos", "os", "les", "los", "las");

	/**
	 * Verbs after "and" / "y" that open a clause of their own: "lo usé nada y ha dejado
	 * de funcionar", "it wasn't clean and was noisy".
	 */
	private static final Set<String> CLAUSE_VERBS = Set.of("ha", "han", "he", "hemos", "habia", "es", "son", "esta",
			"estan", "era", "fue", "estaba", "tiene", "hay", "sigue", "has", "have", "had", "is", "was", "were", "it",
			"its", "then", "luego", "encima");

	/**
	 * Words that open a clause of reasons or time: "no me ha gustado porque se despega".
	 */
	private static final Set<String> SUBORDINATORS = Set.of("porque", "because", "cuando", "when");

	/**
	 * "La tele no encendía y me la arreglaron", "it didn't work and they replaced it": a
	 * negation does not reach past "and" / "y" into a new clause with its own subject,
	 * pronoun or verb, nor past "porque" / "because"; "not clean and comfortable" still
	 * negates both.
	 */
	static boolean opensNewClause(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		if (SUBORDINATORS.contains(word)) {
			return true;
		}
		if (!(word.equals("and") || word.equals("y")) || at + 1 >= tokens.size()) {
			return false;
		}
		String next = tokens.get(at + 1).form();
		return CLAUSE_SUBJECTS.contains(next) || CLAUSE_VERBS.contains(next);
	}

	/** Negations that may say "never yet", as folded words. */
	private static final Set<String> NEVER = Set.of("never", "nunca", "jamas");

	private static final Set<String> SO = Set.of("so", "such", "tan");

	private static final Set<String> AS = Set.of("as", "como");

	/**
	 * "Jamás me habían tratado tan mal", "I've never seen such rude staff": "never"
	 * before "so" or "such" says the opinion is the strongest yet, unless a comparison
	 * follows ("nunca es tan bueno como dicen").
	 */
	static boolean isEmphaticNever(List<Token> tokens, int negator, int word) {
		if (!NEVER.contains(tokens.get(negator).form()) || word < 1) {
			return false;
		}
		boolean so = SO.contains(tokens.get(word - 1).form())
				|| (word >= 2 && tokens.get(word - 2).form().equals("such") && tokens.get(word - 1).form().equals("a"))
				|| (word + 2 < tokens.size() && SO.contains(tokens.get(word + 1).form())
						&& tokens.get(word + 2).isWord());
		if (!so) {
			return false;
		}
		for (int k = word + 1; k < tokens.size() && k <= word + 3 && !tokens.get(k).isPunct(); k++) {
			if (AS.contains(tokens.get(k).form())) {
				return false;
			}
		}
		return true;
	}

}
