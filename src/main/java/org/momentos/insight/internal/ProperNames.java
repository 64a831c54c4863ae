package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Opinion words that are part of a name carry no opinion: "we stayed at the Comfort Inn",
 * "vuelo a Puerto Rico", "cenamos en el Restaurante La Delicia". A name here is a run of
 * capitalised words inside a sentence (not opening it) that holds a word naming a kind of
 * place or business ("Inn", "Hotel", "Puerto", "Airlines"); its opinion terms are
 * dropped. Names without such a word ("Buenos Aires", "Best Western") are lexicon phrases
 * of weight 0 in {@code names.tsv}. Part of {@link SentimentScorer}.
 */
final class ProperNames {

	/**
	 * Folded words that make a capitalised run a name: kinds of places and businesses, in
	 * both languages.
	 */
	private static final Set<String> KINDS = Set.of("hotel", "hotels", "hostal", "hostel", "motel", "inn", "suites",
			"resort", "lodge", "posada", "apartamentos", "apartments", "restaurante", "restaurant", "cafe", "cafeteria",
			"bar", "grill", "diner", "bistro", "bakery", "kitchen", "burgers", "pizzeria", "taberna", "meson", "spa",
			"club", "airlines", "airways", "mobile", "bank", "banco", "clinic", "clinica", "hospital", "mall", "store",
			"tienda", "station", "terminal", "airport", "aeropuerto", "playa", "beach", "puerto", "port", "costa",
			"coast", "villa", "valle", "valley", "monte", "mount", "fort", "cape", "cabo", "punta", "isla", "island",
			"islands", "lake", "lakes", "lago", "falls", "rapids", "canyon", "springs", "bay", "bahia", "hill", "hills",
			"heights", "park", "parque", "plaza", "street", "calle", "avenue", "avenida", "kingdom", "ciudad", "city");

	/**
	 * Words after which a capitalised run names a source: "según Expansión", "vía El
	 * País".
	 */
	private static final Set<String> SOURCES = Set.of("segun", "via");

	/** Lower-case words that may join the capitalised words of a name. */
	private static final Set<String> JOINERS = Set.of("de", "del", "la", "las", "los", "el", "of", "the", "on", "y",
			"and", "&");

	/**
	 * The most words a name may have, joining words included: "Restaurante La Delicia del
	 * Puerto".
	 */
	private static final int LONGEST = 5;

	/** The share of lower-case words outside names below which a text is a title. */
	private static final double LOWER_CASE_SHARE = 0.5;

	private ProperNames() {
	}

	static void drop(List<Token> tokens, Term[] terms) {
		if (!hasSentimentTerm(terms) || !hasNameKind(tokens)) {
			return;
		}
		boolean[] named = names(tokens);
		if (isTitleCased(tokens, named)) {
			return;
		}
		for (int k = 0; k < tokens.size(); k++) {
			if (named[k] && terms[k] != null && terms[k].isSentiment()) {
				terms[k] = null;
			}
		}
	}

	/**
	 * The tokens inside a name: a run of capitalised words of {@link #LONGEST} words or
	 * fewer that holds a kind of place, or that follows "según" or "vía" (a source:
	 * "según Expansión"). A run that opens a sentence may be a verdict ("Great Hotel",
	 * "Hotel Excelente"), so its first word is left out.
	 */
	private static boolean[] names(List<Token> tokens) {
		boolean[] named = new boolean[tokens.size()];
		int i = 0;
		while (i < tokens.size()) {
			if (!isCapitalised(tokens.get(i))) {
				i++;
				continue;
			}
			int end = runEnd(tokens, i);
			int start = opensSentence(tokens, i) ? i + 1 : i;
			boolean source = i > 0 && SOURCES.contains(tokens.get(i - 1).form()) && end - i <= LONGEST;
			if (source || (end - start >= 2 && end - start <= LONGEST && holdsKind(tokens, start, end))) {
				for (int k = start; k < end; k++) {
					named[k] = true;
				}
			}
			i = end;
		}
		return named;
	}

	/** The index after the capitalised run starting at {@code start}. */
	private static int runEnd(List<Token> tokens, int start) {
		int end = start + 1;
		while (end < tokens.size()) {
			Token token = tokens.get(end);
			if (isCapitalised(token)) {
				end++;
			}
			else if (token.isWord() && JOINERS.contains(token.form()) && end + 1 < tokens.size()
					&& isCapitalised(tokens.get(end + 1))) {
				end += 2;
			}
			else {
				break;
			}
		}
		return end;
	}

	private static boolean holdsKind(List<Token> tokens, int start, int end) {
		if (end - start < 2) {
			return false;
		}
		for (int k = start; k < end; k++) {
			if (KINDS.contains(tokens.get(k).form())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasSentimentTerm(Term[] terms) {
		for (Term term : terms) {
			if (term != null && term.isSentiment()) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasNameKind(List<Token> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isWord() && Character.isUpperCase(token.text().charAt(0)) && isCapitalised(token)
					&& (KINDS.contains(token.form()) || (i > 0 && SOURCES.contains(tokens.get(i - 1).form())))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words outside names are mostly capitalised, as in a title or in words
	 * capitalised for emphasis ("The Staff Were Great At This Hotel"): then no run is
	 * taken for a name.
	 */
	private static boolean isTitleCased(List<Token> tokens, boolean[] named) {
		int words = 0;
		int lowerCase = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isWord() && !named[i] && !opensSentence(tokens, i) && token.text().length() >= 3
					&& Character.isLetter(token.text().charAt(0))) {
				words++;
				if (Character.isLowerCase(token.text().charAt(0))) {
					lowerCase++;
				}
			}
		}
		return lowerCase == 0 || lowerCase < LOWER_CASE_SHARE * words;
	}

	/** "Inn", "Paraíso": a capital, then lower-case letters only. */
	private static boolean isCapitalised(Token token) {
		if (!token.isWord() || token.allCaps() || token.isHashtag()) {
			return false;
		}
		String text = token.text();
		if (!Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		for (int k = 1; k < text.length(); k++) {
			if (Character.isUpperCase(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean opensSentence(List<Token> tokens, int at) {
		return at == 0 || SentimentScorer.isSentenceEnd(tokens.get(at - 1)) || tokens.get(at - 1).form().equals(":")
				|| tokens.get(at - 1).form().equals("¡") || tokens.get(at - 1).form().equals("¿");
	}

}
