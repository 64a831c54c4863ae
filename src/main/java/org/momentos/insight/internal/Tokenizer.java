package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words, emojis, emoticons and punctuation in one pass, folding case
 * and accents so that "Pésimo", "PESIMO" and "pesimo" read alike.
 */
public final class Tokenizer {

	private static final String[] EMOTICONS = { ">:-(", ">:(", ":'-(", ":'(", ":-))", ":))", ":-)", ":-(", ":-D", ":-P",
			":-p", ":-/", ":-|", ";-)", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ";)", "=)", "=(", "<3", "</3", "^^",
			"^_^", "-_-", ":@", ":S", ":s", ":O", ":o", ":*", ":c", ":v" };

	private static final String CLAUSE_PUNCTUATION = ".,;:!?¡¿()[]";

	private Tokenizer() {
	}

	public static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>(text.length() / 4 + 4);
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				i = word(text, i, tokens);
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else {
				String emoticon = emoticonAt(text, i);
				if (emoticon != null) {
					tokens.add(new Token(Token.Kind.EMOTICON, emoticon, emoticon.toLowerCase(), null, false));
					i += emoticon.length();
				}
				else if (isEmoji(text, i)) {
					i = emoji(text, i, tokens);
				}
				else {
					if (CLAUSE_PUNCTUATION.indexOf(c) >= 0) {
						String p = String.valueOf(c);
						tokens.add(new Token(Token.Kind.PUNCT, p, p, null, false));
					}
					i++;
				}
			}
		}
		return tokens;
	}

	private static int word(String text, int start, List<Token> tokens) {
		int length = text.length();
		int end = start;
		while (end < length) {
			char c = text.charAt(end);
			if (Character.isLetterOrDigit(c)) {
				end++;
			}
			else if (c == '-' && joinsNames(text, start, end)) {
				break;
			}
			else if ((c == '\'' || c == '’' || c == '-') && end + 1 < length && Character.isLetter(text.charAt(end + 1))
					&& end > start) {
				end++;
			}
			else {
				break;
			}
		}
		if (end + 2 < length && text.startsWith("://", end)) {
			return skipUrl(text, end);
		}
		if (start > 0 && (text.charAt(start - 1) == '@')) {
			return handleEnd(text, end);
		}
		String surface = text.substring(start, end);
		if (isSplitNegation(text, start, surface, tokens)) {
			Token before = tokens.remove(tokens.size() - 1);
			tokens.add(wordToken(before.text() + surface));
			return end;
		}
		int will = willContraction(surface);
		String stem = surface.substring(0, surface.length() - will);
		Token word = wordToken(stem);
		if (start > 0 && text.charAt(start - 1) == '#') {
			word = new Token(word.kind(), "#" + stem, word.form(), word.alt(), word.allCaps());
		}
		tokens.add(word);
		if (will > 0) {
			tokens.add(new Token(Token.Kind.WORD, surface.substring(stem.length()), "will", null, word.allCaps()));
		}
		return end;
	}

	/**
	 * "n't" written apart from its verb, as text run through a word splitter comes: "ca
	 * n't recommend", "did n't like", "wo n't be back". It is read with the word before
	 * it ("can't", "didn't", "won't"), which the lexicons know as negations.
	 */
	private static boolean isSplitNegation(String text, int start, String surface, List<Token> tokens) {
		return (surface.equalsIgnoreCase("n't") || surface.equalsIgnoreCase("n’t")) && start >= 2
				&& text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2)) && !tokens.isEmpty()
				&& tokens.get(tokens.size() - 1).isWord();
	}

	/**
	 * A handle runs over underscores and inner dots ("@EnerLuz_es", "@tienda.mx"), so no
	 * part of it is read as a word: "es" in "@EnerLuz_es" is not the verb.
	 */
	private static int handleEnd(String text, int end) {
		int length = text.length();
		while (end + 1 < length && (text.charAt(end) == '_' || text.charAt(end) == '.')
				&& (Character.isLetterOrDigit(text.charAt(end + 1)) || text.charAt(end + 1) == '_')) {
			end++;
			while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
				end++;
			}
		}
		while (end < length && text.charAt(end) == '_') {
			end++;
		}
		return end;
	}

	/**
	 * A hyphen between two capitalised names of three letters or more joins a route or a
	 * pair, not one word: "Buenos Aires-Madrid" is read as "Buenos Aires" and "Madrid".
	 */
	private static boolean joinsNames(String text, int start, int hyphen) {
		int next = hyphen + 1;
		return hyphen - start >= 3 && Character.isUpperCase(text.charAt(start)) && next + 2 < text.length()
				&& Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next + 1))
				&& Character.isLowerCase(text.charAt(next + 2));
	}

	static Token wordToken(String surface) {
		StringBuilder folded = new StringBuilder(surface.length());
		int letters = 0;
		int upper = 0;
		for (int k = 0; k < surface.length(); k++) {
			char c = surface.charAt(k);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
			char f = fold(c);
			if (f != 0) {
				folded.append(f);
			}
		}
		String form = folded.toString();
		String alt = null;
		if (hasRunOfThree(form)) {
			alt = collapse(form, 1);
			form = collapse(form, 2);
		}
		return new Token(Token.Kind.WORD, surface, form, alt, letters >= 2 && upper == letters);
	}

	/**
	 * The length of a final "'ll" ("I'll", "he'll"), read as a word "will" of its own:
	 * folded with the word before it, they would read as "ill" and "hell".
	 */
	private static int willContraction(String word) {
		int n = word.length();
		if (n < 4) {
			return 0;
		}
		char apostrophe = word.charAt(n - 3);
		boolean will = (apostrophe == '\'' || apostrophe == '’') && Character.toLowerCase(word.charAt(n - 2)) == 'l'
				&& Character.toLowerCase(word.charAt(n - 1)) == 'l';
		return will ? 3 : 0;
	}

	/** Folds a keyword or lexicon entry the way words are folded. */
	public static String foldWord(String word) {
		StringBuilder folded = new StringBuilder(word.length());
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			char f = (c == '*') ? '*' : fold(c);
			if (f != 0) {
				folded.append(f);
			}
		}
		return folded.toString();
	}

	/** Lower case without accents; 0 for characters dropped (apostrophes). */
	static char fold(char c) {
		if (c < 128) {
			if (c >= 'A' && c <= 'Z') {
				return (char) (c + 32);
			}
			return (c == '\'') ? 0 : c;
		}
		char lower = Character.toLowerCase(c);
		return switch (lower) {
			case 'á', 'à', 'ä', 'â', 'ã', 'å' -> 'a';
			case 'é', 'è', 'ë', 'ê' -> 'e';
			case 'í', 'ì', 'ï', 'î' -> 'i';
			case 'ó', 'ò', 'ö', 'ô', 'õ' -> 'o';
			case 'ú', 'ù', 'ü', 'û' -> 'u';
			case 'ñ' -> 'n';
			case 'ç' -> 'c';
			case '’', '‘' -> 0;
			default -> lower;
		};
	}

	private static boolean hasRunOfThree(String form) {
		for (int k = 2; k < form.length(); k++) {
			char c = form.charAt(k);
			if (Character.isLetter(c) && c == form.charAt(k - 1) && c == form.charAt(k - 2)) {
				return true;
			}
		}
		return false;
	}

	/** Cuts runs of three or more equal letters to {@code keep} letters. */
	private static String collapse(String form, int keep) {
		StringBuilder out = new StringBuilder(form.length());
		int k = 0;
		while (k < form.length()) {
			char c = form.charAt(k);
			int run = 1;
			while (k + run < form.length() && form.charAt(k + run) == c) {
				run++;
			}
			int copies = (run >= 3 && Character.isLetter(c)) ? keep : run;
			for (int r = 0; r < copies; r++) {
				out.append(c);
			}
			k += run;
		}
		return out.toString();
	}

	private static int skipUrl(String text, int from) {
		int end = from;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static String emoticonAt(String text, int i) {
		char c = text.charAt(i);
		if (":;=<>^-()".indexOf(c) < 0) {
			return null;
		}
		for (String emoticon : EMOTICONS) {
			if (text.startsWith(emoticon, i)) {
				int after = i + emoticon.length();
				boolean endsWell = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))
						|| !Character.isLetterOrDigit(emoticon.charAt(emoticon.length() - 1));
				if (endsWell && !(emoticon.equals(":/") && text.startsWith("//", i + 1))) {
					return emoticon;
				}
			}
		}
		return null;
	}

	private static boolean isEmoji(String text, int i) {
		int codePoint = text.codePointAt(i);
		return codePoint >= 0x1F000 || (codePoint >= 0x2600 && codePoint <= 0x27BF)
				|| (codePoint >= 0x2B00 && codePoint <= 0x2BFF) || (codePoint >= 0x2300 && codePoint <= 0x23FF)
				|| codePoint == 0x2639 || codePoint == 0x263A;
	}

	private static int emoji(String text, int i, List<Token> tokens) {
		int codePoint = text.codePointAt(i);
		int next = i + Character.charCount(codePoint);
		// Skin tones and variation selectors only modify the emoji before them.
		if ((codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)) {
			return next;
		}
		String emoji = new String(Character.toChars(codePoint));
		tokens.add(new Token(Token.Kind.EMOJI, emoji, emoji, null, false));
		return next;
	}

}
