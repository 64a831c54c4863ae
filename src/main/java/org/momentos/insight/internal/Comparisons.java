package org.momentos.insight.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Complaints about what something is compared with are not complaints about it: "much
 * better than the awful store brand", "mejor que el horrible de antes", "unlike the other
 * brands, no bitter aftertaste". After a comparative of praise and its "than", or after
 * "unlike", the complaints of the clause are silenced. "worse than" keeps them: they add
 * to the comparison. A state that ended when the customer found the product is the
 * "before" of a comparison too: "I hated stevia until I tried this one". Part of
 * {@link SentimentScorer}.
 */
final class Comparisons {

	/** Comparatives of praise, folded. */
	private static final Set<String> PRAISING = Set.of("better", "superior", "nicer", "tastier", "healthier", "fresher",
			"cleaner", "friendlier", "cheaper", "mejor", "mejores", "preferible");

	/** The word after a comparative that introduces what it is compared with. */
	private static final Set<String> THAN = Set.of("than", "que");

	/** Comparatives followed by "to" or "a": "superior to", "preferible a". */
	private static final Set<String> PRAISING_TO = Set.of("superior", "preferable", "preferible");

	private static final Set<String> TO = Set.of("to", "a", "al");

	/** Words that open a clause about something else: "unlike", "a diferencia de". */
	private static final Set<String> UNLIKE = Set.of("unlike");

	/**
	 * A relative clause after a comma still speaks of the other thing: ", which taste
	 * awful".
	 */
	private static final Set<String> RELATIVES = Set.of("which", "that", "who", "que", "cuyo", "cuya", "cuyos",
			"cuyas");

	private static final int REACH = 8;

	/** Every word that may open a comparison, for one look-up per word. */
	private static final Set<String> OPENERS = openers();

	/** Who finds the product after "until": "until I tried", "until we switched". */
	private static final Set<String> FINDERS = Set.of("i", "we");

	/** How a customer comes to the product: "until I tried", "hasta que probé". */
	private static final Set<String> FINDING = Set.of("tried", "found", "switched", "started", "discovered", "bought",
			"ordered", "came", "got", "probe", "probamos", "encontre", "encontramos", "descubri", "descubrimos",
			"empece", "empezamos", "compre", "compramos", "cambie", "cambiamos", "conoci", "conocimos", "pedi",
			"pedimos");

	private Comparisons() {
	}

	private static Set<String> openers() {
		Set<String> openers = new HashSet<>(PRAISING);
		openers.addAll(PRAISING_TO);
		openers.addAll(UNLIKE);
		openers.add("diferencia");
		return Set.copyOf(openers);
	}

	/**
	 * Who or what an ending comes to after "until": "until I washed it", "until it
	 * broke".
	 */
	private static final Set<String> ENDERS = Set.of("i", "we", "it", "they", "the", "my", "he", "she", "one", "after");

	/** Waiting for something is no state that ended: "can't wait until I get it". */
	private static final Set<String> WAITING = Set.of("wait", "waiting", "waited", "esperar", "esperando", "espere");

	/**
	 * The opinions of a sentence before "until" / "hasta que" are of a state that ended.
	 * When the customer found the product ("I hated stevia until I tried this one",
	 * "tenía problemas de estómago hasta que probé este pienso"), complaints there turn
	 * into mild praise and praise there, of what was left, is silenced. When an event
	 * ended it ("Loved this until I washed it", "funcionaba bien hasta que se mojó"), the
	 * praise is the story of how it ended: a mild complaint, as the event tells the rest,
	 * and complaints stand; so is praise "while it lasted" ("mientras duró") and praise
	 * "at first" before a "then" ({@link #thenAfterAtFirst}). Waiting ("can't wait until
	 * I get it") ends nothing.
	 */
	static void turnStatesThatEnded(List<Token> tokens, int[] spans, double[] valences) {
		if (!any(valences, 0)) {
			return;
		}
		for (int i = 1; i + 1 < tokens.size(); i++) {
			boolean found = endsAState(tokens, i);
			if (!found && !endsPraise(tokens, i)) {
				continue;
			}
			for (int k = i - 1; k >= 0 && !SentimentScorer.isSentenceEnd(tokens.get(k)); k--) {
				if (k + spans[k] > i) {
					continue; // "todo iba bien hasta que": a phrase that tells the turn
								// itself
				}
				valences[k] = found ? beforeFinding(valences[k]) : beforeAnEnd(valences[k]);
			}
		}
	}

	/** Verbs that open the end of something: "se acabó", "se terminó". */
	private static final Set<String> ENDED = Set.of("acabo", "acabaron", "termino", "terminaron", "acabado",
			"terminado");

	/** Words after praise that say it is over: "is over", "are gone". */
	private static final Set<String> OVER = Set.of("over", "gone");

	/** Verbs before {@link #OVER}: "the good days are over". */
	private static final Set<String> BE = Set.of("is", "are", "was", "were", "s");

	/**
	 * "Se acabó el buen servicio", "se ha terminado el mes más bonito del año", "the good
	 * old days are over": praise of what is over is a mild complaint, as praise that
	 * lasted only a while is ({@link #beforeAnEnd}); "se acabaron los problemas" is mild
	 * praise.
	 */
	static void turnPraiseThatIsOver(List<Token> tokens, double[] valences) {
		if (!any(valences, 0)) {
			return;
		}
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String word = tokens.get(i).form();
			if (word.equals("se") && endedAfter(tokens, i + 1)) {
				for (int k = i + 1; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
					valences[k] = over(valences[k]);
				}
			}
			if (BE.contains(word) && OVER.contains(tokens.get(i + 1).form())
					&& (i + 2 == tokens.size() || tokens.get(i + 2).isPunct())) {
				for (int k = i - 1; k >= 0 && !tokens.get(k).isPunct(); k--) {
					valences[k] = over(valences[k]);
				}
			}
		}
	}

	/**
	 * Praise of what is over is a mild complaint; a complaint that is over, mild praise.
	 */
	private static double over(double valence) {
		return (valence > 0) ? beforeAnEnd(valence) : SentimentScorer.negate(valence);
	}

	/** "acabó", "ha acabado", "han terminado" at {@code at}. */
	private static boolean endedAfter(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		if ((word.equals("ha") || word.equals("han")) && at + 1 < tokens.size()) {
			word = tokens.get(at + 1).form();
		}
		return ENDED.contains(word);
	}

	private static double beforeFinding(double valence) {
		return (valence < 0) ? SentimentScorer.negate(valence) : 0;
	}

	private static double beforeAnEnd(double valence) {
		return (valence > 0) ? SentimentScorer.negate(valence) / 2 : valence;
	}

	/** Words that tell what came next: "then", "luego". */
	private static final Set<String> THEN = Set.of("then", "luego", "despues");

	/** Words that open a state that did not last: "at first", "al principio". */
	private static final Set<String> AT_FIRST = Set.of("at first", "initially", "al principio", "inicialmente",
			"en un principio");

	/**
	 * "Worked great at first, then died after a month", "Al principio iba bien, luego se
	 * estropeó": praise said to hold at first, before a "then", is of a state that ended.
	 */
	private static boolean thenAfterAtFirst(List<Token> tokens, int at) {
		if (!THEN.contains(tokens.get(at).form())) {
			return false;
		}
		for (int k = at - 1; k >= 0 && !SentimentScorer.isSentenceEnd(tokens.get(k)); k--) {
			String one = tokens.get(k).form();
			String two = (k >= 1) ? tokens.get(k - 1).form() + " " + one : one;
			String three = (k >= 2) ? tokens.get(k - 2).form() + " " + two : two;
			if (AT_FIRST.contains(one) || AT_FIRST.contains(two) || AT_FIRST.contains(three)) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsPraise(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		if (WAITING.contains(tokens.get(at - 1).form()) || endsAState(tokens, at)) {
			return false;
		}
		if (lasted(tokens, at) || thenAfterAtFirst(tokens, at)) {
			return true;
		}
		if (word.equals("until")) {
			return ENDERS.contains(tokens.get(at + 1).form());
		}
		return word.equals("hasta") && tokens.get(at + 1).form().equals("que");
	}

	/** What a product did only for a while: "while it lasted", "mientras duró". */
	private static final Set<String> LASTING = Set.of("lasted", "worked", "duro", "duraron", "funciono", "funcionaron");

	private static final Set<String> IT = Set.of("it", "they");

	/** Words after "while it lasted" that go on to the end: "then it broke". */
	private static final Set<String> AFTER_LASTING = Set.of("then", "and", "but", "luego", "y", "pero");

	/**
	 * Whether praise ends at a "while it lasted" that closes its clause ("Worked great
	 * while it lasted", "buen funcionamiento mientras duró, es decir, dos meses"); "while
	 * they worked on our room" tells when.
	 */
	private static boolean lasted(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		int after;
		if (word.equals("mientras")) {
			after = at + 2;
		}
		else if (word.equals("while") && at + 2 < tokens.size() && IT.contains(tokens.get(at + 1).form())) {
			after = at + 3;
		}
		else {
			return false;
		}
		return LASTING.contains(tokens.get(after - 1).form()) && (after == tokens.size() || tokens.get(after).isPunct()
				|| AFTER_LASTING.contains(tokens.get(after).form()));
	}

	/** Whether any valence is a complaint (sign -1) or any opinion at all (sign 0). */
	private static boolean any(double[] valences, int sign) {
		for (double v : valences) {
			if ((sign < 0) ? v < 0 : v != 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsAState(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		if (word.equals("until") && at + 2 < tokens.size()) {
			return FINDERS.contains(tokens.get(at + 1).form()) && FINDING.contains(tokens.get(at + 2).form());
		}
		return word.equals("hasta") && tokens.get(at + 1).form().equals("que") && at + 2 < tokens.size()
				&& FINDING.contains(tokens.get(at + 2).form());
	}

	static void silenceWhatIsComparedWith(List<Token> tokens, Term[] terms, double[] valences) {
		if (!any(valences, -1)) {
			return;
		}
		for (int i = 0; i + 1 < tokens.size(); i++) {
			int from = comparedFrom(tokens, i);
			if (from < 0) {
				continue;
			}
			int end = ValenceShifters.clauseEnd(tokens, terms, from, REACH);
			if (end + 1 < tokens.size() && tokens.get(end).form().equals(",")
					&& RELATIVES.contains(tokens.get(end + 1).form())) {
				end = ValenceShifters.clauseEnd(tokens, terms, end + 1, REACH);
			}
			for (int k = from; k < end; k++) {
				if (valences[k] < 0) {
					valences[k] = 0;
				}
			}
		}
	}

	/**
	 * Where what is compared with starts, if a comparison opens at {@code at}; else -1.
	 */
	private static int comparedFrom(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		if (!token.isWord() || !OPENERS.contains(token.form())) {
			return -1;
		}
		if (UNLIKE.contains(token.form())) {
			return at + 1;
		}
		if (token.form().equals("diferencia") && at > 0 && tokens.get(at - 1).form().equals("a")
				&& tokens.get(at + 1).form().equals("de")) {
			return at + 2;
		}
		String next = tokens.get(at + 1).form();
		if ((PRAISING.contains(token.form()) && THAN.contains(next))
				|| (PRAISING_TO.contains(token.form()) && TO.contains(next))) {
			return at + 2;
		}
		return -1;
	}

}
