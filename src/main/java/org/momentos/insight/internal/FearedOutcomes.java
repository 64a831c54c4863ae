package org.momentos.insight.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the customer feared, expected or had been told before is not what happened: "I was
 * dreading this call, expected hours of hassle. Sorted in 10 minutes", "me daba miedo
 * cambiarme de compañía y al final ha sido lo más fácil del mundo", "pensé que había
 * perdido la reserva"; nor is the legend a place tells ("cuenta la leyenda que si no te
 * besas tendrás siete años de mala suerte"). The opinions from such an opener to the end
 * of its clause are silenced, the opener's own included; what happened is told after it
 * and weighs as usual ("I was worried they'd lose my bag and they did"). Part of
 * {@link SentimentScorer}.
 */
final class FearedOutcomes {

	/** Openers of what was feared or expected, as folded words. */
	private static final Set<List<String>> OPENERS = Set.of(List.of("was", "dreading"), List.of("i", "dreaded"),
			List.of("was", "worried"), List.of("was", "afraid"), List.of("was", "scared"), List.of("was", "nervous"),
			List.of("was", "terrified"), List.of("i", "thought", "id"), List.of("i", "thought", "i", "would"),
			List.of("i", "thought", "i", "had"), List.of("i", "thought", "it", "would"), List.of("was", "ready", "to"),
			List.of("was", "about", "to"), List.of("id", "heard"), List.of("i", "had", "heard"),
			List.of("usually", "hate"), List.of("normally", "hate"), List.of("usually", "dread"),
			List.of("me", "daba", "miedo"), List.of("tenia", "miedo"), List.of("temia", "que"), List.of("pense", "que"),
			List.of("pensaba", "que"), List.of("crei", "que"), List.of("creia", "que"),
			List.of("estaba", "a", "punto", "de"), List.of("me", "habian", "dicho"), List.of("habia", "leido"),
			List.of("habia", "oido"), List.of("estaba", "preocupado"), List.of("estaba", "preocupada"),
			List.of("suelo", "odiar"), List.of("normalmente", "odio"), List.of("always", "dread"),
			List.of("honestly", "dreading"), List.of("was", "so", "worried"), List.of("was", "so", "nervous"),
			List.of("was", "skeptical"), List.of("was", "sceptical"), List.of("was", "expecting", "to"),
			List.of("fully", "expecting"), List.of("expecting", "the", "worst"), List.of("i", "thought", "a"),
			List.of("esperaba", "lo", "peor"), List.of("me", "daba", "panico"), List.of("tenia", "panico"),
			List.of("iba", "con", "miedo"), List.of("con", "miedo", "a"), List.of("con", "miedo", "de"),
			List.of("braced", "for"), List.of("bracing", "myself"), List.of("fully", "expected"),
			List.of("expected", "to", "dislike"), List.of("expected", "to", "hate"),
			List.of("was", "really", "worried"), List.of("was", "very", "worried"),
			List.of("was", "a", "bit", "worried"), List.of("was", "a", "little", "worried"),
			List.of("was", "really", "nervous"), List.of("was", "a", "bit", "nervous"),
			List.of("was", "a", "little", "nervous"), List.of("was", "a", "bit", "skeptical"),
			List.of("was", "a", "little", "skeptical"), List.of("was", "very", "skeptical"),
			List.of("was", "really", "skeptical"), List.of("estaba", "muy", "preocupado"),
			List.of("estaba", "muy", "preocupada"), List.of("estaba", "un", "poco", "preocupado"),
			List.of("estaba", "un", "poco", "preocupada"), List.of("estaba", "algo", "preocupado"),
			List.of("estaba", "algo", "preocupada"), List.of("tenia", "un", "poco", "de", "miedo"),
			List.of("tenia", "mucho", "miedo"));

	/**
	 * Openers of a legend a place tells, which reaches to the end of its sentence:
	 * "cuenta la leyenda que si no te besas tendrás siete años de mala suerte".
	 */
	private static final Set<List<String>> LEGENDS = Set.of(List.of("cuenta", "la", "leyenda"),
			List.of("dice", "la", "leyenda"), List.of("segun", "la", "leyenda"), List.of("la", "leyenda", "dice"),
			List.of("la", "leyenda", "cuenta"), List.of("la", "leyenda", "de"), List.of("la", "leyenda", "del"),
			List.of("legend", "has", "it"), List.of("legend", "says"), List.of("the", "legend", "of"));

	/** How far a legend reaches at most: its sentence. */
	private static final int LEGEND_REACH = 40;

	/** The openers by their first word, for one look-up per word of a text. */
	private static final Map<String, List<List<String>>> BY_FIRST_WORD = byFirstWord(OPENERS);

	private static final Map<String, List<List<String>>> LEGENDS_BY_FIRST_WORD = byFirstWord(LEGENDS);

	/**
	 * Words that turn to what did happen: "y al final", "in the end", "y nada que ver",
	 * "then".
	 */
	private static final Set<String> TURNS = Set.of("final", "end", "turned", "resulto", "finalmente", "actually",
			"luckily", "menos", "suerte", "nada", "then", "luego", "despues");

	/**
	 * After "and" or "y", these open what happened: "I was worried they'd lose my bag and
	 * they did", "pensé que no llegaría y me lo trajeron al día siguiente".
	 */
	private static final Set<String> AND = Set.of("and", "y");

	private static final Set<String> AFTER_AND = Set.of("they", "it", "i", "we", "he", "she", "then", "me", "lo", "la",
			"los", "las", "se", "luego", "despues", "ahora", "encima", "resulta", "fue", "fueron", "estuvo", "salio",
			"todo", "everything", "was", "llego", "llegaron", "vino", "funciona", "funciono", "arrived", "came",
			"worked", "works");

	/** How far the fear reaches at most. */
	private static final int REACH = 10;

	private FearedOutcomes() {
	}

	/**
	 * Silences every opinion from each opener to the end of its clause: a sentence end, a
	 * contrast, a word of {@link #TURNS}, "and" / "y" before {@link #AFTER_AND}, or
	 * {@link #REACH} words; a legend's to the end of its sentence or a contrast.
	 */
	static void silence(List<Token> tokens, Term[] terms, double[] valences) {
		for (int i = 0; i < tokens.size(); i++) {
			int length = openerAt(tokens, i, BY_FIRST_WORD);
			boolean legend = length == 0;
			length = legend ? openerAt(tokens, i, LEGENDS_BY_FIRST_WORD) : length;
			if (length == 0) {
				continue;
			}
			int end = Math.min(tokens.size(), i + length + (legend ? LEGEND_REACH : REACH));
			for (int k = i; k < end; k++) {
				Token token = tokens.get(k);
				if (k >= i + length && (SentimentScorer.isSentenceEnd(token) || isContrast(terms[k])
						|| !legend && (TURNS.contains(token.form()) || opensWhatHappened(tokens, k)))) {
					break;
				}
				valences[k] = 0;
			}
		}
	}

	private static Map<String, List<List<String>>> byFirstWord(Set<List<String>> openers) {
		return openers.stream().collect(Collectors.groupingBy((opener) -> opener.get(0)));
	}

	private static boolean opensWhatHappened(List<Token> tokens, int at) {
		return AND.contains(tokens.get(at).form()) && at + 1 < tokens.size()
				&& AFTER_AND.contains(tokens.get(at + 1).form());
	}

	private static boolean isContrast(Term term) {
		return term != null && term.turnsClause();
	}

	/** The length of the opener at {@code at}, or 0. */
	private static int openerAt(List<Token> tokens, int at, Map<String, List<List<String>>> byFirstWord) {
		List<List<String>> openers = byFirstWord.get(tokens.get(at).form());
		if (openers == null) {
			return 0;
		}
		for (List<String> opener : openers) {
			if (matches(tokens, at, opener)) {
				return opener.size();
			}
		}
		return 0;
	}

	private static boolean matches(List<Token> tokens, int at, List<String> words) {
		if (at + words.size() > tokens.size()) {
			return false;
		}
		for (int k = 0; k < words.size(); k++) {
			if (!tokens.get(at + k).form().equals(words.get(k))) {
				return false;
			}
		}
		return true;
	}

}
