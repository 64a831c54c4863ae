package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Remedies ({@code @remedy}: "solved", "got rid of", "me quitó", "solucionaron") take the
 * complaint after them away: "solved my dog's digestive issues" is praise. A negated
 * remedy leaves the complaint standing: "nobody fixed the leak". A remedy that points
 * back ("sorted it out") silences the problem told just before it. Part of
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
			if (tokens.get(k).isPunct() || (before != null && before.turnsClause())) {
				return Remedy.NONE;
			}
			if ((before != null && before.kind() == Term.Kind.NEGATOR) || STOPS.contains(tokens.get(k).form())) {
				return Remedy.NONE;
			}
			if (before != null && before.kind() == Term.Kind.REMEDY) {
				return ValenceShifters.negatedWithin(tokens, terms, k, NEGATION_REACH) ? Remedy.KEPT
						: Remedy.TAKEN_AWAY;
			}
		}
		return Remedy.NONE;
	}

	/** How many words before a remedy its negation is looked for: "nobody ever fixed". */
	private static final int NEGATION_REACH = 3;

	/**
	 * What puts a problem right, as nouns, folded: its speed or ease is praise of the
	 * remedy ("the refund was fast and easy", "el reembolso fue rápido"), not of the
	 * problem. So is the ease of a cancellation the customer asked for ("Cancelling was
	 * easy").
	 */
	private static final Set<String> REMEDY_NOUNS = Set.of("refund", "refunds", "refunded", "replacement", "exchange",
			"return", "returns", "reembolso", "reembolsos", "devolucion", "reposicion", "abono", "sustitucion",
			"cancelling", "canceling", "cancellation", "cancelation", "cancelacion");

	static boolean isRemedyNoun(Token token) {
		return REMEDY_NOUNS.contains(token.form());
	}

	/** Verbs that fix a problem, folded: the remedies and the phrases built on them. */
	private static final Set<String> FIXING = Set.of("sorted", "fixed", "solved", "resolved", "refunded", "replaced",
			"reversed", "waived", "repaired", "soluciono", "solucionaron", "arreglo", "arreglaron", "resolvio",
			"resolvieron", "reparo", "repararon", "cambiaron", "devolvieron", "reembolsaron");

	/**
	 * Words that point back from a remedy to what it fixed: "sorted it", "lo arreglaron".
	 */
	private static final Set<String> POINTING_BACK = Set.of("it", "them", "lo", "la", "los", "las");

	/** How many words before a remedy what it fixed is looked for. */
	private static final int FIXED_REACH = 8;

	/**
	 * Words before "it" that make a remedy still to be done: "I have to get it replaced".
	 */
	private static final Set<String> NOT_DONE = Set.of("get", "have", "need", "needs", "want", "wants", "to", "will",
			"would", "must", "should");

	/**
	 * "Had a problem with a double charge, Sam sorted it out", "el router fallaba y me lo
	 * cambiaron al día siguiente": a remedy that points back to what it fixed ("it",
	 * "lo") silences the complaints in the {@link #FIXED_REACH} words before it in its
	 * sentence; they tell the problem, not the service. A negated remedy, or one still to
	 * be done, silences nothing: "the app crashed and nobody fixed it", "I have to get it
	 * replaced".
	 */
	static void silenceWhatWasFixed(List<Token> tokens, Term[] terms, double[] valences) {
		for (int i = 1; i < tokens.size(); i++) {
			if (!FIXING.contains(tokens.get(i).form()) || !pointsBack(tokens, i) || valences[i] < 0
					|| ValenceShifters.negatedWithin(tokens, terms, i, NEGATION_REACH)
					|| negationWordBefore(tokens, i)) {
				continue;
			}
			for (int k = i - 1; k >= 0 && k >= i - FIXED_REACH && !SentimentScorer.isSentenceEnd(tokens.get(k)); k--) {
				if (valences[k] < 0) {
					valences[k] = 0;
				}
			}
		}
	}

	/**
	 * Negations read as words, for a remedy inside a complaint phrase that holds its own
	 * negation ("no me lo solucionaron", whose "no" is part of the phrase, not a
	 * negator).
	 */
	private static final Set<String> NEGATION_WORDS = Set.of("no", "not", "never", "nunca", "jamas", "nadie", "nobody",
			"didnt", "dont", "doesnt", "wont", "havent", "hasnt", "couldnt", "cant");

	private static boolean negationWordBefore(List<Token> tokens, int at) {
		for (int k = at - 1; k >= 0 && k >= at - NEGATION_REACH && !tokens.get(k).isPunct(); k--) {
			if (NEGATION_WORDS.contains(tokens.get(k).form())) {
				return true;
			}
		}
		return false;
	}

	/** Words that say a problem told just before them went away, folded. */
	private static final Set<String> GONE = Set.of("disappeared", "vanished", "desaparecio", "desaparecieron",
			"desaparecido");

	/** Verbs of being before "gone": "is gone" ("has gone up" is not gone). */
	private static final Set<String> BEFORE_GONE = Set.of("is", "was", "are", "were", "its");

	/**
	 * Words between a problem and the word saying it went away: "pain has completely
	 * disappeared", "el dolor ya desapareció".
	 */
	private static final Set<String> BETWEEN = Set.of("has", "have", "had", "is", "was", "are", "were", "completely",
			"totally", "just", "finally", "all", "se", "me", "ha", "han", "por", "completo", "completamente", "already",
			"ya", "now");

	/** How many words before the word saying it went away the problem is looked for. */
	private static final int GONE_REACH = 3;

	/** The praise of a problem that went away, as much as "eased". */
	private static final double WENT_AWAY = 1.0;

	/**
	 * "My knee pain has disappeared", "the pain is gone", "el dolor desapareció": the
	 * complaint that is the subject of a word saying it went away (just before it, or
	 * before "has", "completely", "ya"...) tells a problem that is over, so it weighs
	 * nothing, and its going is praise. A negated one ("the pain hasn't gone away")
	 * silences nothing, and neither does a thing that went ("my boarding pass vanished",
	 * "the server disappeared for 20 mins").
	 */
	static void silenceWhatWentAway(List<Token> tokens, Term[] terms, double[] valences) {
		for (int i = 1; i < tokens.size(); i++) {
			if (!wentAway(tokens, i) || ValenceShifters.negatedWithin(tokens, terms, i, NEGATION_REACH)) {
				continue;
			}
			int first = (tokens.get(i).form().equals("gone") && BEFORE_GONE.contains(tokens.get(i - 1).form())) ? i - 2
					: i - 1;
			for (int k = first; k >= 0 && k >= first - GONE_REACH && tokens.get(k).isWord(); k--) {
				if (valences[k] < 0) {
					valences[k] = 0;
					valences[i] = Math.max(valences[i], WENT_AWAY);
					break;
				}
				if (!BETWEEN.contains(tokens.get(k).form())) {
					break;
				}
			}
		}
	}

	private static boolean wentAway(List<Token> tokens, int at) {
		String form = tokens.get(at).form();
		if (GONE.contains(form)) {
			return true;
		}
		if ((form.equals("went") || form.equals("goes") || form.equals("gone")) && at + 1 < tokens.size()
				&& tokens.get(at + 1).form().equals("away")) {
			return true;
		}
		return form.equals("gone") && BEFORE_GONE.contains(tokens.get(at - 1).form());
	}

	private static boolean pointsBack(List<Token> tokens, int at) {
		if (at >= 2 && NOT_DONE.contains(tokens.get(at - 2).form())) {
			return false;
		}
		return POINTING_BACK.contains(tokens.get(at - 1).form())
				|| (at + 1 < tokens.size() && POINTING_BACK.contains(tokens.get(at + 1).form()));
	}

	/**
	 * How a remedy thanked for begins, folded: "thanks for fixing", "thanks for the
	 * refund", "gracias por solucionarlo", "gracias por el reembolso", "thanks for all
	 * the help with my lost bag".
	 */
	private static final List<String> THANKED_REMEDIES = List.of("fix", "sorting", "resolv", "solv", "solution",
			"refund", "replac", "repair", "waiv", "correcting", "correction", "reimburs", "compensat", "solucion",
			"arregl", "repar", "reembols", "devolv", "devolucion", "corregi", "corrig", "compens", "help", "assist",
			"ayud");

	/**
	 * How an answer thanked for begins, folded: "thanks for letting me know", "gracias
	 * por avisar". Courtesy more than praise, so it adds none, but what it answers about
	 * is not what is thanked for: "thanks for the update on the delay".
	 */
	private static final List<String> THANKED_ANSWERS = List.of("updat", "info", "notif", "letting", "heads", "respond",
			"response", "reply", "replie", "replying", "answer", "avis", "respuesta", "contest", "actualiz");

	/** Words that may open what is thanked for: "thanks for the refund". */
	private static final Set<String> DETERMINERS = Set.of("the", "my", "our", "your", "a", "an", "that", "this", "el",
			"la", "los", "las", "mi", "mis", "su", "sus", "tu", "tus", "esa", "ese", "este", "esta", "un", "una");

	/** The praise a remedy thanked for carries, as much as "fixed". */
	private static final double THANKED_REMEDY = 1.2;

	/**
	 * "thanks for fixing my broken heater", "gracias por solucionar el problema tan
	 * rápido", "thanks for the update on the delay": when the thanks that end just before
	 * {@code at} are for a remedy or an answer, the complaints in the clause thanked for
	 * are the problem remedied or asked about, so they weigh nothing, the speed of the
	 * remedy is praise, and so is the remedy. Returns whether they were.
	 */
	static boolean praiseWhatWasThankedFor(List<Token> tokens, Term[] terms, double[] valences, int at) {
		int k = at < tokens.size() && DETERMINERS.contains(tokens.get(at).form()) ? at + 1 : at;
		if (k >= tokens.size() || !tokens.get(k).isWord()) {
			return false;
		}
		String form = tokens.get(k).form();
		boolean remedy = startsWithAny(form, THANKED_REMEDIES);
		if (!remedy && !startsWithAny(form, THANKED_ANSWERS)) {
			return false;
		}
		if (remedy) {
			valences[k] = Math.max(valences[k], THANKED_REMEDY);
		}
		int end = ValenceShifters.clauseEnd(tokens, terms, k, FIXED_REACH);
		for (int j = k + 1; j < end; j++) {
			if (valences[j] < 0) {
				valences[j] = terms[j] != null && terms[j].kind() == Term.Kind.EASE ? -valences[j] : 0;
			}
		}
		return true;
	}

	private static boolean startsWithAny(String form, List<String> stems) {
		for (String stem : stems) {
			if (form.startsWith(stem)) {
				return true;
			}
		}
		return false;
	}

}
