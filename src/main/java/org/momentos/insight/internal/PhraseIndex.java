package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds words and phrases in a token list. A pattern is one or more words separated by
 * spaces; a word ending in {@code *} matches any word that starts with it. At a position
 * the longest phrase wins, then the most specific one (exact words before prefixes).
 *
 * @param <V> what a pattern stands for
 */
public final class PhraseIndex<V> {

	private static final int MIN_PREFIX = 2;

	private final Map<String, Bucket<V>> byExactFirst = new HashMap<>();

	private final Map<String, List<Entry<V>>> byPrefixFirst = new HashMap<>();

	private int longestPrefix;

	/** A match: the value and how many tokens it covers. */
	public record Match<V>(V value, int length) {

	}

	private record Entry<V>(String[] words, boolean[] prefix, V value, int specificity) {

		boolean sameAs(Entry<V> other) {
			return java.util.Arrays.equals(this.words, other.words)
					&& java.util.Arrays.equals(this.prefix, other.prefix);
		}

	}

	/**
	 * The patterns that start with one exact word, split by their second word when it is
	 * exact: "no" starts hundreds of Spanish phrases, and a token is compared only with
	 * those whose second word is the next token.
	 */
	private static final class Bucket<V> {

		private final List<Entry<V>> loose = new ArrayList<>(1);

		private final Map<String, List<Entry<V>>> bySecond = new HashMap<>();

		void add(Entry<V> entry) {
			List<Entry<V>> entries = (entry.words.length > 1 && !entry.prefix[1])
					? this.bySecond.computeIfAbsent(entry.words[1], (key) -> new ArrayList<>(1)) : this.loose;
			entries.removeIf(entry::sameAs);
			entries.add(entry);
		}

	}

	private static final Pattern COMMA_AFTER_WORD = Pattern.compile("(\\p{L}),(\\s|$)");

	/** Adds a pattern; a later pattern with the same words replaces the earlier one. */
	public void add(String pattern, V value) {
		String written = pattern.strip();
		// a comma after a word is a token of its own, as in a text: "not good, not bad"
		if (written.indexOf(',') >= 0) {
			written = COMMA_AFTER_WORD.matcher(written).replaceAll("$1 ,$2");
		}
		String[] raw = written.split("\\s+");
		String[] words = new String[raw.length];
		boolean[] prefix = new boolean[raw.length];
		int specificity = 0;
		for (int k = 0; k < raw.length; k++) {
			String folded = Tokenizer.foldWord(raw[k]);
			prefix[k] = folded.length() > 1 && folded.endsWith("*")
					&& Character.isLetterOrDigit(folded.charAt(folded.length() - 2));
			words[k] = prefix[k] ? folded.substring(0, folded.length() - 1) : folded;
			specificity += prefix[k] ? words[k].length() : 100;
		}
		if (words[0].length() < MIN_PREFIX && prefix[0]) {
			throw new IllegalArgumentException("Prefix pattern too short: " + pattern);
		}
		Entry<V> entry = new Entry<>(words, prefix, value, specificity);
		if (!prefix[0]) {
			this.byExactFirst.computeIfAbsent(words[0], (key) -> new Bucket<>()).add(entry);
			return;
		}
		List<Entry<V>> entries = this.byPrefixFirst.computeIfAbsent(words[0], (key) -> new ArrayList<>(1));
		entries.removeIf(entry::sameAs);
		entries.add(entry);
		this.longestPrefix = Math.max(this.longestPrefix, words[0].length());
	}

	public boolean isEmpty() {
		return this.byExactFirst.isEmpty() && this.byPrefixFirst.isEmpty();
	}

	/** The longest, most specific pattern that starts at token {@code at}, or null. */
	public Match<V> longestAt(List<Token> tokens, int at) {
		Token first = tokens.get(at);
		if (first.isPunct()) {
			return null;
		}
		Entry<V> best = null;
		best = exact(best, this.byExactFirst.get(first.form()), tokens, at);
		if (first.alt() != null) {
			best = exact(best, this.byExactFirst.get(first.alt()), tokens, at);
		}
		if (!this.byPrefixFirst.isEmpty()) {
			best = prefixes(best, first.form(), tokens, at);
			if (first.alt() != null) {
				best = prefixes(best, first.alt(), tokens, at);
			}
		}
		return (best != null) ? new Match<>(best.value, best.words.length) : null;
	}

	private Entry<V> exact(Entry<V> best, Bucket<V> bucket, List<Token> tokens, int at) {
		if (bucket == null) {
			return best;
		}
		best = better(best, bucket.loose, tokens, at);
		if (bucket.bySecond.isEmpty() || at + 1 >= tokens.size()) {
			return best;
		}
		Token second = tokens.get(at + 1);
		best = better(best, bucket.bySecond.get(second.form()), tokens, at);
		if (second.alt() != null && !second.alt().equals(second.form())) {
			best = better(best, bucket.bySecond.get(second.alt()), tokens, at);
		}
		return best;
	}

	private Entry<V> prefixes(Entry<V> best, String form, List<Token> tokens, int at) {
		int longest = Math.min(form.length(), this.longestPrefix);
		for (int k = longest; k >= MIN_PREFIX; k--) {
			best = better(best, this.byPrefixFirst.get(form.substring(0, k)), tokens, at);
		}
		return best;
	}

	private Entry<V> better(Entry<V> best, List<Entry<V>> candidates, List<Token> tokens, int at) {
		if (candidates == null) {
			return best;
		}
		for (Entry<V> candidate : candidates) {
			if (isBetter(candidate, best) && matchesAt(candidate, tokens, at)) {
				best = candidate;
			}
		}
		return best;
	}

	private boolean isBetter(Entry<V> candidate, Entry<V> best) {
		if (best == null) {
			return true;
		}
		if (candidate.words.length != best.words.length) {
			return candidate.words.length > best.words.length;
		}
		return candidate.specificity > best.specificity;
	}

	private boolean matchesAt(Entry<V> entry, List<Token> tokens, int at) {
		if (at + entry.words.length > tokens.size()) {
			return false;
		}
		for (int k = 0; k < entry.words.length; k++) {
			if (!tokens.get(at + k).matches(entry.words[k], entry.prefix[k])) {
				return false;
			}
		}
		return true;
	}

}
