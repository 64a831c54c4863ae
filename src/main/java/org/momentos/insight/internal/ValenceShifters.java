package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * The words that shift the valences already read in a text, beyond the negation and the
 * boosters right before a sentiment word: hypothetical praise ("would have been
 * perfect"), contrasts and concessions ("but", "aunque"), irony ("yeah right", thanks for
 * a complaint) and discourse markers. Questions, conditions and requests are in
 * {@link QuestionsAndRequests}. Part of {@link SentimentScorer}.
 */
final class ValenceShifters {

	private ValenceShifters() {
	}

	/**
	 * The strongest complaint that hypothetical praise makes ("would have been perfect").
	 */
	static final double IRREALIS_PRAISE = 0.8;

	private static final int IRREALIS_REACH = 4;

	/** How many words before a hypothetical a negation denies it: "no me esperaba". */
	private static final int DENIAL_REACH = 2;

	/**
	 * "would have been perfect if the sleeves were longer", "habría sido perfecto si":
	 * praise in the next few words of the clause did not happen, so it reads as a mild
	 * complaint (half a negation, capped); complaints there are left as they are.
	 */
	static void weighIrrealis(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		for (int i = 0; i < tokens.size(); i++) {
			if (terms[i] == null || terms[i].kind() != Term.Kind.IRREALIS
					|| negatedWithin(tokens, terms, i, DENIAL_REACH)) {
				continue;
			}
			int end = clauseEnd(tokens, terms, i + spans[i], IRREALIS_REACH);
			for (int k = i + spans[i]; k < end; k++) {
				if (valences[k] > 0) {
					valences[k] = -Math.min(valences[k] * -SentimentScorer.NEGATION / 2, IRREALIS_PRAISE);
				}
			}
		}
	}

	/**
	 * Whether a negation is among the {@code reach} words before {@code at}, in its
	 * clause: "no me esperaba que fuera tan fácil" and "never expected it to be this
	 * good" deny an expectation, so its praise stands; "nobody fixed the leak" denies a
	 * remedy.
	 */
	static boolean negatedWithin(List<Token> tokens, Term[] terms, int at, int reach) {
		for (int k = at - 1; k >= 0 && k >= at - reach && !tokens.get(k).isPunct(); k--) {
			if (terms[k] != null && terms[k].kind() == Term.Kind.NEGATOR) {
				return true;
			}
		}
		return false;
	}

	/** Words that join a new clause, whose ease is its own. */
	private static final Set<String> AND = Set.of("y", "e", "and");

	/** How many words before an ease word the thing that happens easily is looked for. */
	private static final int EASE_REACH = 3;

	/**
	 * "scratches easily", "se rompe con facilidad", "faded quickly": ease or speed is
	 * praise only for what is good to happen. After an opinion word in the same clause it
	 * strengthens that opinion, so it takes its sign ("doesn't scratch easily" is
	 * praise); with none before it, it is praise of its own ("assembles easily", "llegó
	 * enseguida").
	 */
	static void turnEaseOfComplaints(List<Token> tokens, Term[] terms, double[] valences) {
		for (int i = 0; i < tokens.size(); i++) {
			if (terms[i] == null || terms[i].kind() != Term.Kind.EASE || valences[i] == 0) {
				continue;
			}
			for (int k = i - 1; k >= 0 && k >= i - EASE_REACH && !endsClause(tokens.get(k), terms[k]); k--) {
				if (AND.contains(tokens.get(k).form())) {
					break; // "esperando reembolso y enseguida me pido otra": a new clause
				}
				if (valences[k] != 0 && Remedies.isRemedyNoun(tokens.get(k))) {
					valences[k] = 0; // "the refund was quick": praise of the remedy
					break;
				}
				if (valences[k] != 0) {
					valences[i] = Math.signum(valences[k]) * Math.abs(valences[i]);
					break;
				}
			}
		}
	}

	/**
	 * Where the words a shifter reaches from {@code from} end: after {@code reach} words,
	 * at punctuation, or at a contrast or concession, whichever comes first.
	 */
	static int clauseEnd(List<Token> tokens, Term[] terms, int from, int reach) {
		int end = Math.min(tokens.size(), from + reach);
		for (int k = from; k < end; k++) {
			if (endsClause(tokens.get(k), terms[k])) {
				return k;
			}
		}
		return end;
	}

	/** Punctuation, a contrast or a concession: where the reach of a shifter stops. */
	private static boolean endsClause(Token token, Term term) {
		return token.isPunct() || (term != null && term.turnsClause());
	}

	/** How many words after "thanks for" the thing thanked for is looked for. */
	private static final int THANKED_REACH = 4;

	/**
	 * "Thanks for losing my bag", "gracias por hacerme esperar": thanks for a complaint
	 * is ironic, so the thanks turns into a complaint of the same weight. The thing
	 * thanked for is the first opinion in the next few words of the clause; "thanks for
	 * the quick help with my lost bag" stays thanks. Thanks for not doing something are
	 * ironic too ("thx for not responding", "gracias por no avisar"), unless the word
	 * after the negation is a complaint that was spared ("thanks for not giving up on
	 * me"). Thanks for a remedy or an answer are sincere: "thanks for fixing my broken
	 * heater", "gracias por avisar del retraso"
	 * ({@link Remedies#praiseWhatWasThankedFor}).
	 */
	static void turnIronicThanks(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		for (int i = 0; i < tokens.size(); i++) {
			if (terms[i] == null || terms[i].kind() != Term.Kind.GRATITUDE || valences[i] <= 0) {
				continue;
			}
			int start = i + spans[i];
			// "qué maravilla @marca, cancelar el vuelo": the skipped handle leaves a
			// comma
			if (start + 1 < tokens.size() && isPause(tokens.get(start))) {
				start++;
			}
			// "gracias por todos los ataques de ansiedad": "all" does not count
			if (start < tokens.size() && ALL.contains(tokens.get(start).form())) {
				start++;
			}
			int end = clauseEnd(tokens, terms, start, THANKED_REACH);
			boolean ironic = false;
			if (start + 1 < end && isPlainNegator(terms[start])) {
				ironic = valences[start + 1] <= 0; // what was not done: "not responding"
				end = start;
			}
			else if (Remedies.praiseWhatWasThankedFor(tokens, terms, valences, start)) {
				continue;
			}
			if (!ironic) {
				ironic = firstOpinionIsComplaint(terms, valences, start, end) == Boolean.TRUE
						|| complaintThankedForNext(tokens, terms, valences, start);
			}
			if (ironic) {
				valences[i] = -valences[i];
				turnPraiseAfterIronicThanks(tokens, terms, valences, start);
			}
		}
	}

	/**
	 * Whether the first opinion between {@code from} and {@code to} is a complaint (or an
	 * absence: "sin"), null when there is none.
	 */
	private static Boolean firstOpinionIsComplaint(Term[] terms, double[] valences, int from, int to) {
		for (int k = from; k < to; k++) {
			Term term = terms[k];
			boolean absence = term != null && term.kind() == Term.Kind.NEGATOR && term.boost() != 0;
			if (valences[k] < 0 || absence) {
				return true;
			}
			if (valences[k] > 0) {
				return false;
			}
		}
		return null;
	}

	/** Words before the thing thanked for that do not count towards its reach. */
	private static final Set<String> ALL = Set.of("all", "todo", "toda", "todos", "todas");

	/** "and for", "y por": a second thing thanked for in the same sentence. */
	private static final Set<String> THANKED_NEXT = Set.of("for", "por");

	/**
	 * "Gracias por vuestra maravillosa organización y por la media hora de espera",
	 * "thanks for the great service and for the 3 hour delay": the second thing thanked
	 * for, after "and for" in the same sentence, shows the thanks are ironic.
	 */
	private static boolean complaintThankedForNext(List<Token> tokens, Term[] terms, double[] valences, int from) {
		for (int k = from; k + 1 < tokens.size() && !SentimentScorer.isSentenceEnd(tokens.get(k)); k++) {
			if (AND.contains(tokens.get(k).form()) && THANKED_NEXT.contains(tokens.get(k + 1).form())) {
				int start = k + 2;
				if (Remedies.praiseWhatWasThankedFor(tokens, terms, valences, start)) {
					return false; // "thanks for the quick reply and for the refund"
				}
				return firstOpinionIsComplaint(terms, valences, start,
						clauseEnd(tokens, terms, start, THANKED_REACH)) == Boolean.TRUE;
			}
		}
		return false;
	}

	/** The longest post in which praise after ironic thanks keeps the irony. */
	private static final int IRONIC_POST = 40;

	/**
	 * "Gracias por subirme la factura sin avisar 👏👏 maravilloso servicio", "thanks for
	 * the 6 hour layover, truly the gift that keeps on giving": in a post, praise that
	 * follows ironic thanks carries on the irony, up to a "but" ("thanks for nothing, but
	 * the new agent was great" keeps its praise).
	 */
	private static void turnPraiseAfterIronicThanks(List<Token> tokens, Term[] terms, double[] valences, int from) {
		if (tokens.size() > IRONIC_POST) {
			return;
		}
		for (int k = from; k < tokens.size(); k++) {
			if (terms[k] != null && terms[k].turnsClause()) {
				return;
			}
			if (valences[k] > 0) {
				valences[k] = -valences[k];
			}
		}
	}

	private static boolean isPause(Token token) {
		return token.isPunct() && (token.form().equals(",") || token.form().equals(":"));
	}

	private static boolean isPlainNegator(Term term) {
		return term != null && term.kind() == Term.Kind.NEGATOR && term.boost() == 0;
	}

	/**
	 * In each sentence, what precedes a contrast ("but", "pero") weighs half and what
	 * follows it half as much again; a concession ("aunque") weighs half up to the next
	 * punctuation. A contrast that opens a sentence answers the sentence before it, which
	 * weighs half: "El sitio es muy bonito y el camarero majísimo. Pero la comida no está
	 * a la altura del precio" is a complaint.
	 */
	static void weighContrasts(List<Token> tokens, Term[] terms, double[] valences) {
		int sentenceStart = 0;
		int previousSentence = 0;
		boolean inConcession = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			Term term = terms[i];
			if (token.isPunct()) {
				inConcession = false;
				if (SentimentScorer.isSentenceEnd(token)) {
					previousSentence = sentenceStart;
					sentenceStart = i + 1;
				}
			}
			else if (term != null && term.kind() == Term.Kind.CONTRAST) {
				// "Pero ..." opening a sentence answers the sentence before it
				int from = (i == sentenceStart) ? previousSentence : sentenceStart;
				for (int k = from; k < i; k++) {
					valences[k] *= 0.5;
				}
				int end = i + 1;
				while (end < tokens.size() && !SentimentScorer.isSentenceEnd(tokens.get(end))) {
					valences[end] *= 1.5;
					end++;
				}
				sentenceStart = i + 1;
			}
			else if (term != null && term.kind() == Term.Kind.CONCESSION) {
				inConcession = true;
			}
			else if (inConcession) {
				valences[i] *= 0.5;
			}
		}
	}

}
