package org.momentos.insight.internal;

import java.util.List;
import java.util.Map;

/**
 * Terms for forms a lexicon does not list but can read from a word it holds: a Spanish
 * superlative ("buenísimo") and a hyphenated word ("over-priced", "rip-off"). Part of
 * {@link SentimentLexicon}, which passes its single words and its phrases.
 */
final class WordForms {

	private WordForms() {
	}

	/** "buenísimo" reads as a stronger "bueno", "riquísima" as "rica". */
	static Term superlative(String form, Map<String, Term> words) {
		int at = form.lastIndexOf("isim");
		if (at < 3 || form.length() - at > 6) {
			return null;
		}
		String stem = form.substring(0, at);
		if (stem.endsWith("qu")) {
			stem = stem.substring(0, stem.length() - 2) + "c";
		}
		else if (stem.endsWith("gu")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		else if (stem.endsWith("bil")) {
			stem = stem.substring(0, stem.length() - 3) + "bl";
		}
		for (String ending : new String[] { "o", "e", "" }) {
			Term base = words.get(stem + ending);
			if (base != null && base.isSentiment()) {
				return new Term(Term.Kind.SENTIMENT, base.value() + Math.signum(base.value()) * 0.6, 0);
			}
		}
		return null;
	}

	/**
	 * An English superlative the lexicon does not hold reads as a stronger base word:
	 * "comfiest" as "comfy", "cleanest" as "clean", "filthiest" as "filthy". Only a base
	 * that holds a clear opinion (1 or more): "cheapest" is not a stronger "cheap".
	 */
	static Term englishSuperlative(String form, Map<String, Term> words) {
		if (form.length() < 6 || !form.endsWith("est")) {
			return null;
		}
		String stem = form.substring(0, form.length() - 3);
		String[] bases = stem.endsWith("i") ? new String[] { stem.substring(0, stem.length() - 1) + "y" }
				: new String[] { stem, stem + "e", doubled(stem) ? stem.substring(0, stem.length() - 1) : null };
		for (String base : bases) {
			Term term = (base != null) ? words.get(base) : null;
			if (term != null && term.isSentiment() && Math.abs(term.value()) >= 1.0) {
				return new Term(Term.Kind.SENTIMENT, term.value() + Math.signum(term.value()) * 0.6, 0);
			}
		}
		return null;
	}

	/** "bigg" in "biggest", "hott" in "hottest". */
	private static boolean doubled(String stem) {
		int n = stem.length();
		return n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2);
	}

	/**
	 * A hyphenated word the lexicon does not hold, read as it is written without the
	 * hyphen ("over-priced", "life-saver") or as the phrase its parts make ("rip-off",
	 * "time-consuming"). Its last part alone is not enough: "sugar-free", "anti-aging".
	 */
	static Term hyphenated(String form, Map<String, Term> words, PhraseIndex<Term> index) {
		Term joined = words.get(form.replace("-", ""));
		if (joined != null) {
			return joined;
		}
		List<Token> parts = Tokenizer.tokenize(form.replace('-', ' '));
		PhraseIndex.Match<Term> phrase = parts.isEmpty() ? null : index.longestAt(parts, 0);
		return (phrase != null && phrase.length() == parts.size()) ? phrase.value() : null;
	}

}
