package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Valences a text asks about rather than gives: praise in a question or supposed in a
 * condition, a complaint in a question that asks yes or no, and thanks that close a
 * request. Read after the negations and boosters, on the valences they leave. Part of
 * {@link SentimentScorer}.
 */
final class QuestionsAndRequests {

	private QuestionsAndRequests() {
	}

	/** How much thanks weigh in a request. */
	static final double POLITE_THANKS = 0.0;

	/**
	 * "Can you change my seat? Thanks", "¿me ayudan, por favor? ¡Muchas gracias!": thanks
	 * that close a request (a question, or "please") are courtesy, not praise, so they
	 * weigh nothing (they weighed half until stop 18; posts to brands that ask and thank
	 * are labelled neutral in 35 of 41 Spanish ones read).
	 */
	static void weighPoliteThanks(List<Token> tokens, int[] spans, double[] valences, SentimentLexicon lexicon) {
		Boolean request = null;
		for (int i = 0; i < tokens.size(); i++) {
			if (valences[i] <= 0 || !isPolite(tokens, i, spans[i], lexicon)) {
				continue;
			}
			if (request == null) {
				request = isRequest(tokens, lexicon);
			}
			if (request) {
				valences[i] *= POLITE_THANKS;
			}
		}
	}

	private static boolean isPolite(List<Token> tokens, int at, int span, SentimentLexicon lexicon) {
		for (int k = at; k < at + Math.max(span, 1) && k < tokens.size(); k++) {
			if (lexicon.isPolite(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	static boolean isQuestionMark(Token token) {
		return token.isPunct() && token.form().equals("?");
	}

	private static boolean isRequest(List<Token> tokens, SentimentLexicon lexicon) {
		for (Token token : tokens) {
			if (isQuestionMark(token) || lexicon.isRequest(token)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "if you want good service, go elsewhere", "si buscas buena atención": praise in a
	 * condition, up to the next punctuation, is supposed, not given, so it weighs as
	 * praise in a question does.
	 */
	static void weighConditions(List<Token> tokens, double[] valences, SentimentLexicon lexicon) {
		boolean inCondition = false;
		for (int k = 0; k < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (token.isPunct()) {
				inCondition = false;
			}
			else if (lexicon.isConditional(token)) {
				inCondition = true;
			}
			else if (inCondition && valences[k] > 0) {
				valences[k] *= QUESTIONED_PRAISE;
			}
		}
	}

	/** Verbs that open a request for better: "Make the website easier to use". */
	private static final Set<String> ASKING_FOR_BETTER = Set.of("make", "be", "add", "offer", "provide", "hire",
			"train", "lower", "improve", "honour", "honor");

	/**
	 * Spanish infinitives that ask for more when a comparison follows: "Hacer la web más
	 * fácil", "Poner más personal amable"; "Hacer senderismo aquí es maravilloso" asks
	 * for nothing.
	 */
	private static final Set<String> ASKING_FOR_MORE = Set.of("hacer", "poner", "ofrecer", "dar", "ser", "tener",
			"contratar", "ampliar", "anadir", "incluir");

	private static final Set<String> COMPARATIVES = Set.of("mas", "mejor", "mejores", "menos");

	/** Verbs that make the clause a statement: "Ser el mejor hotel no es fácil". */
	private static final Set<String> STATEMENT_VERBS = Set.of("es", "son", "esta", "estan", "fue", "era", "sera");

	private static boolean comparesInFirstClause(List<Token> tokens) {
		boolean compares = false;
		for (int k = 1; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
			if (STATEMENT_VERBS.contains(tokens.get(k).form())) {
				return false;
			}
			compares |= COMPARATIVES.contains(tokens.get(k).form());
		}
		return compares;
	}

	/**
	 * "Make the website easier to use", "Be more transparent about fees", "Hacer la web
	 * más fácil": a survey answer that opens with a verb asking for better asks for what
	 * is missing; the praise in its first clause is what it asks for, not what it got, so
	 * it weighs nothing.
	 */
	static void weighRequestsForBetter(List<Token> tokens, double[] valences) {
		if (tokens.isEmpty() || !(ASKING_FOR_BETTER.contains(tokens.get(0).form())
				|| ASKING_FOR_MORE.contains(tokens.get(0).form()) && comparesInFirstClause(tokens))) {
			return;
		}
		for (int k = 0; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
			if (valences[k] > 0) {
				valences[k] = 0;
			}
		}
	}

	/** How much praise weighs in a question. */
	static final double QUESTIONED_PRAISE = 0.25;

	/**
	 * Praise in a question is asked about, not given: "any luck with my refund?", "can I
	 * get priority boarding?", "¿me pueden ayudar?". It weighs a quarter; complaints in a
	 * question ("why was my flight cancelled?") keep their weight, except in a question
	 * that asks yes or no, which asks about a problem rather than complains of it: "is
	 * flight 2413 delayed?", "¿sale con retraso el vuelo?" (a quarter too). Praise asked
	 * as a question that answers itself keeps its weight: "what's not to love?"
	 * ({@link Term.Kind#RHETORICAL}).
	 */
	static void weighQuestions(List<Token> tokens, Term[] terms, double[] valences) {
		int sentenceStart = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!SentimentScorer.isSentenceEnd(token) && i < tokens.size() - 1) {
				continue;
			}
			if (isQuestionMark(token)) {
				boolean yesNo = asksYesOrNo(tokens, sentenceStart, i);
				for (int k = sentenceStart; k < i; k++) {
					boolean rhetorical = terms[k] != null && terms[k].kind() == Term.Kind.RHETORICAL;
					if (!rhetorical && (valences[k] > 0 || (yesNo && valences[k] < 0))) {
						valences[k] *= QUESTIONED_PRAISE;
					}
				}
			}
			sentenceStart = i + 1;
		}
	}

	/**
	 * Middling verdicts given, not asked about: "normal" in "El hotel es normal" is one,
	 * in "me cobró 90€ por 10 minutos. ¿Es normal?" it is not.
	 */
	static int countMixedVerdicts(List<Token> tokens, Term[] terms) {
		int count = 0;
		int sentenceStart = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (!SentimentScorer.isSentenceEnd(tokens.get(i)) && i < tokens.size() - 1) {
				continue;
			}
			if (!isQuestionMark(tokens.get(i))) {
				for (int k = sentenceStart; k <= i; k++) {
					count += (terms[k] != null && terms[k].kind() == Term.Kind.MIXED) ? 1 : 0;
				}
			}
			sentenceStart = i + 1;
		}
		return count;
	}

	/** Words that open a question asking yes or no: "is", "can", "¿hay", "¿sale". */
	private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "was", "were", "will", "would", "can",
			"could", "do", "does", "did", "has", "have", "should", "any", "anyone", "hay", "esta", "estan", "sale",
			"salen", "puedo", "pueden", "podeis", "tienen", "teneis", "sabeis", "saben", "sabe", "es", "se", "va",
			"alguien");

	/**
	 * Words that open a Spanish question asking what, why, how, when, where, how much or
	 * until when: after "¿" any other word asks yes or no ("¿el seguro cubre los
	 * daños?").
	 */
	private static final Set<String> WH_OPENERS = Set.of("que", "por", "porque", "para", "como", "cuando", "donde",
			"adonde", "cuanto", "cuanta", "cuantos", "cuantas", "quien", "quienes", "cual", "cuales", "hasta", "a",
			"en", "de", "con");

	/**
	 * Words before the one that opens a question: "¿Y por qué...?", "¿Pero dónde...?".
	 */
	private static final Set<String> CONNECTORS = Set.of("y", "e", "o", "pero", "pues", "entonces", "oye", "oiga");

	private static boolean asksYesOrNo(List<Token> tokens, int start, int end) {
		boolean opened = false;
		for (int k = start; k < end; k++) {
			Token token = tokens.get(k);
			if (token.isPunct() && token.form().equals("¿")) {
				opened = true;
			}
			else if (token.isWord() && !(opened && CONNECTORS.contains(token.form()))) {
				String word = token.form();
				return YES_NO_OPENERS.contains(word) || (opened && !WH_OPENERS.contains(word));
			}
		}
		return false;
	}

}
