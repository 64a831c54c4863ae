package org.momentos.insight.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a hashtag that no lexicon line knows by the sentiment word it starts or ends
 * with: "#badservice" as "bad", "#usairwaysfail" as "fail", "#worstairlineever" as
 * "worst", "#pesimoservicio" as "pésimo"; and "#nothappy", "#nomegusta" as a negated
 * "happy", "gusta". Only hashtags: in running text "painting" must not read as "pain".
 */
final class Hashtags {

	private static final int SHORTEST_PART = 3;

	/** What a word ending adds to a word: "painting" is one word, not "pain" + "ting". */
	private static final Pattern ENDING = Pattern.compile(
			"[a-z]?(ing|ings|ed|er|ers|est|s|es|ful|less|ness|ly|y|ish|able|ible|ment|ments|ion|ions|ado|ada|ando|ito|ita|mente)");

	private Hashtags() {
	}

	/** The term a hashtag's folded form carries, or {@code null}. */
	static Term term(String form, Map<String, Term> words) {
		if (form.length() < 2 * SHORTEST_PART) {
			return null;
		}
		Term negated = negated(form, words);
		if (negated != null) {
			return negated;
		}
		for (int end = form.length() - SHORTEST_PART; end >= SHORTEST_PART; end--) {
			Term start = sentiment(words.get(form.substring(0, end)));
			if (start != null && !ENDING.matcher(form.substring(end)).matches()) {
				return start;
			}
		}
		for (int begin = SHORTEST_PART; begin <= form.length() - SHORTEST_PART - 1; begin++) {
			Term end = sentiment(words.get(form.substring(begin)));
			if (end != null) {
				return end;
			}
		}
		return null;
	}

	/** "nothappy", "neverhappy", "nomegusta": a negator, then a sentiment word. */
	private static Term negated(String form, Map<String, Term> words) {
		for (int end = 2; end <= 5 && end < form.length() - SHORTEST_PART; end++) {
			Term first = words.get(form.substring(0, end));
			if (first == null || first.kind() != Term.Kind.NEGATOR) {
				continue;
			}
			String rest = form.substring(end);
			Term second = sentiment(words.get(rest));
			if (second == null && (rest.startsWith("me") || rest.startsWith("te") || rest.startsWith("se"))) {
				second = sentiment(words.get(rest.substring(2)));
			}
			if (second != null) {
				return new Term(Term.Kind.SENTIMENT, SentimentScorer.negate(second.value()), 0);
			}
		}
		return null;
	}

	private static Term sentiment(Term term) {
		return (term != null && term.isSentiment() && term.value() != 0) ? term : null;
	}

}
