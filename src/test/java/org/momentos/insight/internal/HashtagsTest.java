package org.momentos.insight.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hashtag no lexicon line knows reads as the sentiment word it starts or ends with, or
 * a negated one; a word with its own ending ("#painting") and a word that is no hashtag
 * do not.
 */
class HashtagsTest {

	private static final SentimentLexicon english = Lexicons.shared().english();

	private static final SentimentLexicon spanish = Lexicons.shared().spanish();

	@ParameterizedTest(name = "{0} #{1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | badservice           | negative
			en | usairwaysfail        | negative
			en | worstairlineever     | negative
			en | nothappy             | negative
			en | greatservice         | positive
			en | painting             | none
			en | travel               | none
			es | pesimoservicio       | negative
			es | nomegusta            | negative
			es | excelenteatencion    | positive
			es | viajes               | none
			""")
	void hashtags(String language, String tag, String reads) {
		SentimentLexicon lexicon = language.equals("es") ? spanish : english;
		assertThat(polarity("#" + tag, lexicon)).as(tag).isEqualTo(reads);
	}

	@ParameterizedTest(name = "{0} is a plain word")
	@CsvSource({ "badservice", "worstairlineever", "nothappy" })
	void onlyAHashtagIsSplit(String word) {
		assertThat(polarity(word, english)).isEqualTo("none");
	}

	private static String polarity(String written, SentimentLexicon lexicon) {
		List<Token> tokens = Tokenizer.tokenize(written);
		PhraseIndex.Match<Term> match = lexicon.termAt(tokens, 0);
		if (match == null || !match.value().isSentiment() || match.value().value() == 0) {
			return "none";
		}
		return (match.value().value() > 0) ? "positive" : "negative";
	}

}
