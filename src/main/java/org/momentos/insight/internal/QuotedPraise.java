package org.momentos.insight.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Praise in quotation marks is someone else's word, quoted to be doubted: the "instant"
 * transfer pending for four days, the "express" delivery that took six, "new &
 * improved!", 'lo escalan'. A short quotation (up to five words) carries no praise; a
 * complaint in it still counts. Titles and names in quotes carry none either.
 */
final class QuotedPraise {

	/**
	 * The most words a quotation has to be a quoted claim rather than a quoted passage.
	 */
	private static final int MOST_WORDS = 5;

	private QuotedPraise() {
	}

	/** Silences the praise of the words the text quotes. */
	static void silence(String text, List<Token> tokens, double[] valences) {
		if (!mayQuote(text)) {
			return;
		}
		Set<String> quoted = quotedWords(text);
		if (quoted.isEmpty()) {
			return;
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (valences[i] > 0 && quoted.contains(tokens.get(i).form())) {
				valences[i] = 0;
			}
		}
	}

	private static boolean mayQuote(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '“' || c == '«' || c == '\'' || c == '‘') {
				return true;
			}
		}
		return false;
	}

	/** The folded words inside short quotations. */
	static Set<String> quotedWords(String text) {
		Set<String> words = new HashSet<>();
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char close = closing(text, i);
			if (close == 0) {
				continue;
			}
			int end = text.indexOf(close, i + 1);
			while (close == '\'' && end > 0 && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
				end = text.indexOf(close, end + 1); // an apostrophe inside the quotation:
													// "'don't'"
			}
			if (end < 0) {
				return words;
			}
			String inside = text.substring(i + 1, end);
			String[] parts = inside.trim().split("[^\\p{L}\\p{N}]+");
			if (!inside.isBlank() && parts.length <= MOST_WORDS && inside.indexOf('\n') < 0
					&& !standsAlone(text, i, end)) {
				for (String part : parts) {
					if (!part.isEmpty()) {
						words.add(Tokenizer.foldWord(part));
					}
				}
			}
			i = end;
		}
		return words;
	}

	/**
	 * Whether the quotation from {@code open} to {@code close} is a sentence of its own,
	 * as the title of an exported review is ("\"Increíble\". \"Lugar inédito...\""): the
	 * writer's own words, not a claim quoted to be doubted inside a sentence.
	 */
	private static boolean standsAlone(String text, int open, int close) {
		int before = open - 1;
		while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
			before--;
		}
		int after = close + 1;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		return (before < 0 || SENTENCE_ENDS.indexOf(text.charAt(before)) >= 0)
				&& (after >= text.length() || SENTENCE_ENDS.indexOf(text.charAt(after)) >= 0);
	}

	/** Marks after which, and before which, a quotation is a sentence of its own. */
	private static final String SENTENCE_ENDS = ".!?:\n";

	/**
	 * The closing mark of a quotation that opens at {@code at}, or 0. A single quote
	 * opens one only after a space or at the start and before a letter, so apostrophes
	 * ("don't", "the customers' bags") open none.
	 */
	private static char closing(String text, int at) {
		char c = text.charAt(at);
		switch (c) {
			case '"':
				return '"';
			case '“':
				return '”';
			case '«':
				return '»';
			case '‘':
				return '’';
			case '\'':
				boolean opens = (at == 0 || Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '(')
						&& at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
				return opens ? '\'' : 0;
			default:
				return 0;
		}
	}

}
