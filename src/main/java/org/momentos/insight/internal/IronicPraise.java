package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Praise that is ironic: after a sarcasm marker or a closing "NOT", and, without a
 * marker, a bare "great" that closes a complaint ({@link AnotherSetback} reads praise
 * that greets another setback). Read after the {@link ValenceShifters}, on the valences
 * they leave.
 */
final class IronicPraise {

	private IronicPraise() {
	}

	/**
	 * Words that open a condition on the reader's taste: "if you", "si te", "si quieres".
	 */
	private static final Set<String> IF = Set.of("if", "si");

	/** The verbs of taste in such a condition, folded. */
	private static final Set<String> TASTE = Set.of("enjoy", "like", "love", "want", "fancy", "prefer", "gusta",
			"gustan", "encanta", "encantan", "quieres", "disfrutas");

	/**
	 * Words after the verb of taste that spare the reader a setback: "if you want less
	 * guilt".
	 */
	private static final Set<String> SPARED = Set.of("less", "fewer", "no", "without", "menos", "sin");

	/** How many words after the praise the condition on taste is looked for. */
	private static final int CONDITION_REACH = 4;

	/**
	 * "Great smart plug if you enjoy it disconnecting every day", "Genial si te gusta
	 * esperar una hora": praise on condition that the reader likes a setback is ironic.
	 * Praise on a condition with no complaint in it stays ("Perfect if you like spicy
	 * food"), and so does one that spares the reader it ("if you want less guilt").
	 */
	static void turnPraiseForTasteOfSetbacks(List<Token> tokens, Term[] terms, double[] valences) {
		int n = tokens.size();
		for (int i = 0; i < n; i++) {
			if (valences[i] <= 0 || terms[i] == null || terms[i].kind() != Term.Kind.SENTIMENT) {
				continue;
			}
			int taste = tasteConditionAfter(tokens, i);
			if (taste < 0 || (taste + 1 < n && SPARED.contains(tokens.get(taste + 1).form()))) {
				continue;
			}
			for (int k = taste + 1; k < n && !SentimentScorer.isSentenceEnd(tokens.get(k)); k++) {
				if (valences[k] < 0) {
					valences[i] *= SentimentScorer.NEGATION;
					break;
				}
			}
		}
	}

	/** Where the verb of taste of a condition just after {@code at} stands, or -1. */
	private static int tasteConditionAfter(List<Token> tokens, int at) {
		for (int k = at + 1; k <= at + CONDITION_REACH && k + 1 < tokens.size(); k++) {
			if (tokens.get(k).isPunct() && !tokens.get(k).form().equals(",")) {
				return -1;
			}
			if (!IF.contains(tokens.get(k).form())) {
				continue;
			}
			for (int j = k + 1; j <= k + 2 && j < tokens.size(); j++) {
				if (TASTE.contains(tokens.get(j).form())) {
					return j;
				}
			}
			return -1;
		}
		return -1;
	}

	/** The most words a bare verdict has: "Great.", "just perfect", "muy bien". */
	private static final int BARE_VERDICT_WORDS = 2;

	/**
	 * The complaint mass the rest of the text must carry for a bare verdict to be ironic.
	 */
	private static final double IRONIZED_COMPLAINT = -1.0;

	/**
	 * Words of sincere gratitude, never said in irony: "genuinely grateful", "appreciate
	 * it", "muy agradecida" after a complaint thank for how it was handled.
	 */
	private static final Set<String> SINCERE = Set.of("genuinely", "truly", "sincerely", "honestly", "grateful",
			"thankful", "appreciate", "appreciated", "agradecido", "agradecida", "agradecidos", "agradecidas",
			"agradezco", "agradecemos", "sinceramente");

	/** Words that open an exclamation: "Oh great, my bag is lost", "Vaya, genial". */
	private static final Set<String> INTERJECTIONS = Set.of("oh", "ah", "ay", "uy", "vaya", "ole");

	/**
	 * "Lost my bag again, awesome", "Me han perdido la maleta otra vez. Genial.", "Oh
	 * great, my flight is cancelled": praise standing alone at the end of a complaint (or
	 * at its start, after an interjection) is ironic, when the rest of the text only
	 * complains and does not turn ("but").
	 */
	static void turnBareIronicPraise(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		int n = tokens.size();
		int end = n;
		while (end > 0 && tokens.get(end - 1).isPunct()) {
			end--;
		}
		int start = end;
		while (start > 0 && !tokens.get(start - 1).isPunct()) {
			start--;
		}
		// "still no refund GREAT": a last word in capitals stands apart
		if ((start == 0 || end - start > BARE_VERDICT_WORDS) && end > 1 && tokens.get(end - 1).allCaps()
				&& !tokens.get(0).allCaps()) {
			start = end - 1;
		}
		if (start > 0 && isBarePraise(terms, valences, start, end) && !isSincere(tokens, start, end)
				&& onlyComplains(terms, valences, 0, start)) {
			turn(valences, start, end);
			return;
		}
		int opening = 0;
		while (opening < n && tokens.get(opening).text().startsWith("@")) {
			opening++; // "@airline Brilliant, my bag is lost again"
		}
		if (opening < n && !INTERJECTIONS.contains(tokens.get(opening).form())) {
			turnOpeningPraise(tokens, terms, spans, valences, opening);
			return;
		}
		if (n == 0 || !INTERJECTIONS.contains(tokens.get(0).form())) {
			return;
		}
		int from = n > 1 && tokens.get(1).isPunct() ? 2 : 1; // "Vaya, genial, ..."
		int first = from;
		while (first < n && !tokens.get(first).isPunct()) {
			first++;
		}
		if (first < n && first > from && isBarePraise(terms, valences, from, first)
				&& onlyComplains(terms, valences, first, n)) {
			turn(valences, from, first);
		}
	}

	/**
	 * Words that make what follows opening praise a small drawback, not irony: "Casi
	 * perfecto, solo le faltó un poco de sal", "Perfect, except the wifi was slow".
	 */
	private static final Set<String> SMALL_DRAWBACK = Set.of("solo", "only", "just", "except", "excepto", "salvo",
			"aunque", "though", "although", "apart", "aside");

	/**
	 * What may follow opening praise: "Brilliant, my...", "Lo mejor: que te cuelguen...".
	 */
	private static final Set<String> PAUSES = Set.of(",", ":");

	/**
	 * "Brilliant, my order is lost again", "Genial, mi pedido perdido otra vez": bare
	 * praise that opens a text before a comma, when the rest only complains, is ironic as
	 * after an interjection. A title ("Great. The room was...") ends with a full stop and
	 * is left alone.
	 */
	private static void turnOpeningPraise(List<Token> tokens, Term[] terms, int[] spans, double[] valences, int from) {
		int n = tokens.size();
		int comma = from;
		while (comma < n && !tokens.get(comma).isPunct()) {
			comma++;
		}
		if (comma < n && comma > from && PAUSES.contains(tokens.get(comma).form())
				&& onlyOpinionWords(terms, spans, from, comma, tokens.get(comma).form().equals(":"))
				&& isBarePraise(terms, valences, from, comma) && !isSincere(tokens, from, comma)
				&& onlyComplains(terms, valences, comma, n) && complainsAfterColon(tokens, terms, valences, comma)
				&& !(comma + 1 < n && SMALL_DRAWBACK.contains(tokens.get(comma + 1).form()))) {
			turn(valences, from, comma);
		}
	}

	/**
	 * After a colon the complaint must be in the same sentence: "Lo mejor: la comida. Lo
	 * peor: el servicio" names the best thing and is not ironic.
	 */
	private static boolean complainsAfterColon(List<Token> tokens, Term[] terms, double[] valences, int colon) {
		if (!tokens.get(colon).form().equals(":")) {
			return true;
		}
		int end = colon + 1;
		while (end < tokens.size() && !SentimentScorer.isSentenceEnd(tokens.get(end))) {
			end++;
		}
		return onlyComplains(terms, valences, colon, end);
	}

	/**
	 * Whether every word is an opinion or a modifier: "Brilliant", "muy bien", but not
	 * "Nice staff", which praises the staff before a complaint about the kitchen. Before
	 * a colon a phrase counts as one opinion ("Lo mejor:"); before a comma "great flight"
	 * names what is praised.
	 */
	private static boolean onlyOpinionWords(Term[] terms, int[] spans, int start, int end, boolean phrases) {
		for (int k = start; k < end; k++) {
			if (terms[k] == null) {
				return false;
			}
			if (phrases) {
				k += Math.max(spans[k], 1) - 1; // "Lo mejor: ..." is one opinion
			}
		}
		return true;
	}

	private static boolean isSincere(List<Token> tokens, int start, int end) {
		for (int k = start; k < end; k++) {
			if (SINCERE.contains(tokens.get(k).form())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBarePraise(Term[] terms, double[] valences, int start, int end) {
		if (end - start > BARE_VERDICT_WORDS) {
			return false;
		}
		boolean praise = false;
		for (int k = start; k < end; k++) {
			if (valences[k] < 0 || (terms[k] != null && terms[k].kind() == Term.Kind.GRATITUDE)) {
				return false;
			}
			praise |= valences[k] > 0;
		}
		return praise;
	}

	private static boolean onlyComplains(Term[] terms, double[] valences, int start, int end) {
		double complaint = 0;
		for (int k = start; k < end; k++) {
			if (valences[k] > 0 || (terms[k] != null && terms[k].kind() == Term.Kind.CONTRAST)) {
				return false;
			}
			complaint += valences[k];
		}
		return complaint <= IRONIZED_COMPLAINT;
	}

	private static void turn(double[] valences, int start, int end) {
		for (int k = start; k < end; k++) {
			if (valences[k] > 0) {
				valences[k] *= SentimentScorer.NEGATION;
			}
		}
	}

	/**
	 * After "yeah right" or "gracias por nada", praise in the same text is ironic; so it
	 * is before a closing "NOT" ("awesome service... NOT!").
	 */
	static void turnIronicPraise(List<Token> tokens, Term[] terms, double[] valences) {
		boolean ironic = false;
		for (int i = 0; i < terms.length; i++) {
			if (terms[i] != null && terms[i].kind() == Term.Kind.SARCASM) {
				ironic = true;
				valences[i] = terms[i].value();
			}
			else if (isClosingNot(tokens, i)) {
				ironic = true;
				valences[i] = CLOSING_NOT;
			}
		}
		for (int i = 0; ironic && i < valences.length; i++) {
			if (valences[i] > 0) {
				valences[i] *= SentimentScorer.NEGATION;
			}
		}
	}

	/** The weight of a closing "NOT", as much as a sarcasm marker ({@code @sarcasm}). */
	private static final double CLOSING_NOT = -1.5;

	/**
	 * "great job... NOT!", "loved it, not": a "not" standing alone between punctuation
	 * (or at the end) takes back what came before.
	 */
	private static boolean isClosingNot(List<Token> tokens, int i) {
		return i > 0 && tokens.get(i).form().equals("not") && tokens.get(i - 1).isPunct()
				&& (i + 1 == tokens.size() || tokens.get(i + 1).isPunct());
	}

}
