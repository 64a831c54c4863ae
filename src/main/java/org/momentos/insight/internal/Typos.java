package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-letter misspellings of a lexicon's single words: an inner letter dropped
 * ("exelente"), doubled ("amazzing") or written for another in a long word
 * ("unconfortable"). The last letter is never dropped or added: that is inflection, not a
 * typo ("precios" is not "precioso"); another extra letter is not a typo either
 * ("flights" is not "fights"). Real words of the vocabulary are never read as typos.
 */
final class Typos {

	private final Map<String, Term> words;

	/** Long sentiment words with one inner letter dropped, pointing to the word. */
	private final Map<String, Term> missingOneLetter = new HashMap<>();

	/**
	 * Long sentiment words by length, first and last letter, to find one written with an
	 * inner letter for another without building strings.
	 */
	private final Map<Integer, List<String>> byShape = new HashMap<>();

	/**
	 * Indexes the sentiment words of {@code shortest} letters or more and |valence| of
	 * 1.5 or more; {@code words} are all single words of the lexicon.
	 */
	Typos(Map<String, Term> words, Set<String> vocabulary, int shortest) {
		this.words = words;
		words.forEach((word, term) -> {
			if (term.isSentiment() && word.length() >= shortest && Math.abs(term.value()) >= 1.5) {
				for (int k = 1; k < word.length() - 1; k++) {
					this.missingOneLetter.putIfAbsent(word.substring(0, k) + word.substring(k + 1), term);
				}
				this.byShape.computeIfAbsent(shape(word), (key) -> new ArrayList<>(1)).add(word);
			}
		});
		this.missingOneLetter.keySet().removeAll(vocabulary);
	}

	/** The word a form of 6 letters or more misspells, or null. */
	Term of(String form) {
		Term term = this.missingOneLetter.get(form);
		if (term != null || form.length() < 7) {
			return term;
		}
		for (int k = 1; k < form.length(); k++) {
			if (form.charAt(k) == form.charAt(k - 1)) {
				term = this.words.get(form.substring(0, k) + form.substring(k + 1));
				if (term != null) {
					return term;
				}
			}
		}
		for (String word : this.byShape.getOrDefault(shape(form), List.of())) {
			if (oneLetterApart(word, form)) {
				return this.words.get(word);
			}
		}
		return null;
	}

	/**
	 * A short Spanish word with one vowel written twice for emphasis, as posts do ("lo
	 * peoor", "maal", "bieen"): the sentiment word it stretches, or null. Longer words
	 * are left to {@link #of}, and real words ("leer", "creer") are never read this way.
	 * Not English, where a doubled vowel is spelling ("looser" is not "loser").
	 */
	static Term stretchedVowel(String form, Map<String, Term> words) {
		for (int k = 1; k < form.length(); k++) {
			if (form.charAt(k) == form.charAt(k - 1) && "aeiou".indexOf(form.charAt(k)) >= 0) {
				Term term = words.get(form.substring(0, k) + form.substring(k + 1));
				if (term != null && term.isSentiment()) {
					return term;
				}
			}
		}
		return null;
	}

	private static int shape(String word) {
		return (word.length() * 65_599 + word.charAt(0)) * 65_599 + word.charAt(word.length() - 1);
	}

	/** Same length, same first and last letter, exactly one inner letter different. */
	private static boolean oneLetterApart(String word, String form) {
		if (word.length() != form.length() || word.charAt(0) != form.charAt(0)
				|| word.charAt(word.length() - 1) != form.charAt(form.length() - 1)) {
			return false;
		}
		int different = 0;
		for (int k = 1; k < word.length() - 1 && different < 2; k++) {
			different += (word.charAt(k) != form.charAt(k)) ? 1 : 0;
		}
		return different == 1;
	}

}
