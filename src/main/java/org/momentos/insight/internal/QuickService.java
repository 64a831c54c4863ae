package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Service done in a few minutes is praise: "delivered in 12 minutes", "me atendieron en
 * menos de un minuto", "in and out in 2 minutes". Only after a word of service done: "we
 * take off in 10 minutes" tells a plan, not a speed. The duration becomes an ease term
 * ({@link Term.Kind#EASE}), so it takes the sign of an opinion just before it: "the
 * battery dies in 10 minutes" is a complaint. A duration near a waiting word is a wait
 * ({@link WaitDurations}), not speed. Part of {@link SentimentScorer}.
 */
final class QuickService {

	/** The praise of speed, on the -4..4 scale, as "quickly" gives. */
	static final double PRAISE = 1.5;

	/** The most minutes that still read as quick. */
	private static final int QUICK_MINUTES = 15;

	private static final Set<String> UNITS = Set.of("min", "mins", "minute", "minutes", "minuto", "minutos", "second",
			"seconds", "segundo", "segundos", "sec", "secs", "seg");

	private static final Set<String> FEW = Set.of("a", "an", "one", "two", "three", "five", "ten", "fifteen", "few",
			"un", "una", "dos", "tres", "cinco", "diez", "quince", "pocos", "escasos");

	/** Words that open the time something took: "in", "en", "within", "under". */
	private static final Set<String> OPENERS = Set.of("in", "en", "within", "under");

	/** Words of service done, folded: the speed is theirs. */
	private static final Set<String> DONE = Set.of("delivered", "arrived", "fixed", "resolved", "sorted", "solved",
			"done", "served", "answered", "replied", "refunded", "ready", "out", "seated", "repaired", "replaced",
			"processed", "approved", "llego", "llegaron", "entregaron", "entregado", "resolvieron", "resuelto",
			"solucionaron", "solucionado", "atendieron", "atendio", "respondieron", "contestaron", "listo", "lista",
			"arreglaron", "arreglado", "sirvieron", "devolvieron", "aprobaron", "cambiaron");

	/** How many words before the time a word of service done is looked for. */
	private static final int DONE_REACH = 5;

	/** "less than", "menos de": the next word opens the time too. */
	private static final Set<String> LESS = Set.of("less", "menos");

	static final Term QUICK = new Term(Term.Kind.EASE, PRAISE, 0);

	private QuickService() {
	}

	static void mark(List<Token> tokens, Term[] terms) {
		for (int i = 2; i < tokens.size(); i++) {
			if (terms[i] != null || !UNITS.contains(tokens.get(i).form()) || !isFew(tokens.get(i - 1).form())) {
				continue;
			}
			if (opensTime(tokens, i - 2) && serviceDoneBefore(tokens, i - 2)
					&& !WaitDurations.waitingNear(tokens, i - 1, i)) {
				terms[i] = QUICK;
			}
		}
	}

	private static boolean serviceDoneBefore(List<Token> tokens, int at) {
		for (int k = at - 1; k >= 0 && k >= at - DONE_REACH; k--) {
			Token token = tokens.get(k);
			if (SentimentScorer.isSentenceEnd(token)) {
				return false;
			}
			if (DONE.contains(token.form())) {
				return true;
			}
		}
		return false;
	}

	private static boolean opensTime(List<Token> tokens, int at) {
		String word = tokens.get(at).form();
		if (OPENERS.contains(word)) {
			return true;
		}
		// "in less than", "en menos de", "in under"
		return (word.equals("than") || word.equals("de")) && at > 0 && LESS.contains(tokens.get(at - 1).form());
	}

	private static boolean isFew(String word) {
		if (FEW.contains(word)) {
			return true;
		}
		if (word.isEmpty() || word.length() > 2) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			if (!Character.isDigit(word.charAt(k))) {
				return false;
			}
		}
		return Integer.parseInt(word) <= QUICK_MINUTES;
	}

}
