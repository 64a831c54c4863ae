package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * A delivery short of what was paid for, told with numbers or sizes and no opinion word:
 * "Me llegaron 45 de los 50 que pagué", "got 3 of the 4 I ordered", "El envase pone 500
 * gramos y pesa 420", "The bag says 500g, it weighs 420g", "Pedí la talla M y me enviaron
 * una S", "Ordered a medium, received a small". Each is a complaint. Read by
 * {@link InsightEngine} after the {@link SentimentScorer}.
 */
final class ShortDeliveries {

	/** The weight of a short delivery, on the lexicon scale. */
	static final double SHORT = -1.8;

	/** Words after "45 de los 50" / "45 of the 50" that make it what was paid for. */
	private static final Set<String> PAID_FOR = Set.of("que", "i", "we", "that", "ordered", "paid", "bought", "pedidos",
			"pedidas", "pagados", "pagadas", "comprados", "compradas");

	private static final Set<String> OF = Set.of("de", "of");

	private static final Set<String> THE = Set.of("los", "las", "the");

	/** Words that state an amount: "pone 500 gramos", "the bag says 500g". */
	private static final Set<String> CLAIMS = Set.of("pone", "dice", "indica", "anuncia", "anuncian", "ponia", "decia",
			"says", "said", "claims", "states", "advertised", "listed", "labeled", "labelled");

	/** Words that tell the amount found: "pesa 420", "it weighs 420g", "trae 3". */
	private static final Set<String> FOUND = Set.of("pesa", "pesaba", "mide", "media", "trae", "traia", "contiene",
			"venian", "vienen", "weighs", "weighed", "measures", "measured", "contains", "contained", "had", "has",
			"came");

	/** Verbs of ordering: "pedí la talla M", "ordered a medium". */
	private static final Set<String> ORDERED = Set.of("pedi", "pedimos", "encargue", "encargamos", "compre",
			"compramos", "ordered", "bought");

	/** Verbs of what arrived: "me enviaron una S", "received a small". */
	private static final Set<String> SENT = Set.of("enviaron", "mandaron", "llego", "llegaron", "vino", "recibi",
			"recibimos", "received", "sent", "got", "arrived");

	/** Words that make what arrived a wish: "wishing I got a small". */
	private static final Set<String> WISHED = Set.of("wish", "wishing", "wished", "should", "shouldve", "could",
			"would", "ojala", "deberia", "tendria", "hubiera", "hubiese");

	/** Sizes and colours written as words, one group each. */
	private static final List<Set<String>> KINDS = List.of(
			Set.of("xs", "xl", "xxl", "small", "medium", "large", "pequena", "mediana", "grande", "chica"),
			Set.of("azul", "rojo", "roja", "negro", "negra", "blanco", "blanca", "verde", "gris", "rosa", "amarillo",
					"amarilla", "marron", "beige", "blue", "red", "black", "white", "green", "grey", "gray", "pink",
					"yellow", "brown"));

	/** Sizes written as one letter, read only after "talla", "size" or an article. */
	private static final Set<String> LETTER_SIZES = Set.of("s", "m", "l");

	private static final Set<String> BEFORE_LETTER_SIZE = Set.of("talla", "size", "una", "un", "la", "el", "a", "an",
			"the");

	/** How many words after a verb its amount or size is looked for. */
	private static final int REACH = 4;

	private ShortDeliveries() {
	}

	/** Marks the short deliveries of a text and returns the hits they add. */
	static int weigh(List<Token> tokens, double[] valences) {
		int hits = 0;
		for (int i = 0; i < tokens.size(); i++) {
			int at = shortAt(tokens, i);
			if (at >= 0 && valences[at] == 0) {
				valences[at] = SHORT;
				hits++;
			}
		}
		return hits;
	}

	/** The token that tells a short delivery starting at {@code i}, or -1. */
	private static int shortAt(List<Token> tokens, int i) {
		String form = tokens.get(i).form();
		if (CLAIMS.contains(form)) {
			return lessFound(tokens, i);
		}
		if (ORDERED.contains(form)) {
			return otherSent(tokens, i);
		}
		long got = number(tokens.get(i));
		if (got >= 0 && i + 4 < tokens.size() && OF.contains(tokens.get(i + 1).form())
				&& THE.contains(tokens.get(i + 2).form()) && PAID_FOR.contains(tokens.get(i + 4).form())) {
			long paid = number(tokens.get(i + 3));
			return (got < paid) ? i : -1;
		}
		return -1;
	}

	/** "pone 500 gramos y pesa 420": the word that tells less was found, or -1. */
	private static int lessFound(List<Token> tokens, int claim) {
		int stated = nextNumber(tokens, claim);
		if (stated < 0) {
			return -1;
		}
		for (int k = stated + 1; k < tokens.size() && !SentimentScorer.isSentenceEnd(tokens.get(k)); k++) {
			if (FOUND.contains(tokens.get(k).form())) {
				int found = nextNumber(tokens, k);
				return (found >= 0 && number(tokens.get(found)) < number(tokens.get(stated))) ? k : -1;
			}
		}
		return -1;
	}

	/** "pedí la talla M y me enviaron una S": the word that tells another was sent. */
	private static int otherSent(List<Token> tokens, int order) {
		int asked = nextKind(tokens, order);
		if (asked < 0) {
			return -1;
		}
		for (int k = asked + 1; k < tokens.size() && k <= asked + REACH + 2
				&& !SentimentScorer.isSentenceEnd(tokens.get(k)); k++) {
			if (WISHED.contains(tokens.get(k).form())) {
				return -1; // "I bought a medium and I'm wishing I got a small"
			}
			if (SENT.contains(tokens.get(k).form())) {
				int given = nextKind(tokens, k);
				return (given >= 0 && kind(tokens, given) == kind(tokens, asked)
						&& !tokens.get(given).form().equals(tokens.get(asked).form())) ? k : -1;
			}
		}
		return -1;
	}

	private static int nextNumber(List<Token> tokens, int from) {
		for (int k = from + 1; k < tokens.size() && k <= from + REACH; k++) {
			if (SentimentScorer.isSentenceEnd(tokens.get(k))) {
				return -1;
			}
			if (number(tokens.get(k)) >= 0) {
				return k;
			}
		}
		return -1;
	}

	private static int nextKind(List<Token> tokens, int from) {
		for (int k = from + 1; k < tokens.size() && k <= from + REACH; k++) {
			if (SentimentScorer.isSentenceEnd(tokens.get(k))) {
				return -1;
			}
			if (kind(tokens, k) >= 0) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Which group of {@link #KINDS} the word at {@code k} is in (letter sizes: 0), or -1.
	 */
	private static int kind(List<Token> tokens, int k) {
		String form = tokens.get(k).form();
		if (LETTER_SIZES.contains(form)) {
			return (k > 0 && BEFORE_LETTER_SIZE.contains(tokens.get(k - 1).form())) ? 0 : -1;
		}
		for (int g = 0; g < KINDS.size(); g++) {
			if (KINDS.get(g).contains(form)) {
				return g;
			}
		}
		return -1;
	}

	/** The whole number a word starts with ("500g" is 500), or -1. */
	private static long number(Token token) {
		String form = token.form();
		int end = 0;
		while (end < form.length() && end < 9 && Character.isDigit(form.charAt(end))) {
			end++;
		}
		return (end == 0 || !token.isWord()) ? -1 : Long.parseLong(form.substring(0, end));
	}

}
