package org.momentos.insight.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The words a lexicon knows, as folded forms: its single-word lines, its list of real
 * words, and the stems of its word patterns ("agradabl" of "agradabl*").
 */
final class Vocabulary {

	/** Word patterns shorter than this are not a language's own word. */
	private static final int SHORTEST_PREFIX = 4;

	private final Set<String> words = new HashSet<>();

	private final Set<String> prefixes = new HashSet<>();

	private int longestPrefix;

	void addWord(String folded) {
		this.words.add(folded);
	}

	/** A word pattern ending in {@code *}: its stem tells the lexicon's language. */
	void addPattern(String folded) {
		if (folded.length() > SHORTEST_PREFIX) {
			String prefix = folded.substring(0, folded.length() - 1);
			this.prefixes.add(prefix);
			this.longestPrefix = Math.max(this.longestPrefix, prefix.length());
		}
	}

	/** Whether the word is one of the lexicon's own words, spelt so. */
	boolean contains(String form) {
		return this.words.contains(form);
	}

	/**
	 * Whether the word is one of the lexicon's own words, or a longer word one of its
	 * patterns matches ("agradable" by "agradabl*"; "fantastic" is not Spanish for
	 * "fantástic*").
	 */
	boolean knows(String form) {
		if (this.words.contains(form)) {
			return true;
		}
		for (int end = Math.min(form.length() - 1, this.longestPrefix); end >= SHORTEST_PREFIX; end--) {
			if (this.prefixes.contains(form.substring(0, end))) {
				return true;
			}
		}
		return false;
	}

	/** The words spelt out, for telling a misspelling from a real word. */
	Set<String> words() {
		return this.words;
	}

}
