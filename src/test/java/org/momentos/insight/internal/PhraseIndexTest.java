package org.momentos.insight.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase index finds the longest pattern at a token, whatever the second word of a
 * pattern is: exact, a prefix, or missing (a single word); accents and case do not
 * matter; a later pattern replaces the same earlier one.
 */
class PhraseIndexTest {

	private static PhraseIndex<String> index() {
		PhraseIndex<String> index = new PhraseIndex<>();
		index.add("no", "no");
		index.add("no va", "no va");
		index.add("no va nada mal", "litotes");
		index.add("no excelent*", "not excellent");
		index.add("excelent*", "excellent");
		index.add("no me deja", "first");
		index.add("no me deja", "replaced");
		return index;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			no                         | no             | 1
			no va                      | no va          | 2
			No va nada mal             | litotes        | 4
			no va muy bien             | no va          | 2
			no excelentes              | not excellent  | 2
			no me deja entrar          | replaced       | 3
			no, va                     | no             | 1
			Excelentísimo              | excellent      | 1
			""")
	void findsTheLongestPatternAtTheFirstToken(String text, String value, int length) {
		List<Token> tokens = Tokenizer.tokenize(text);
		PhraseIndex.Match<String> match = index().longestAt(tokens, 0);
		assertThat(match).isNotNull();
		assertThat(match.value()).isEqualTo(value);
		assertThat(match.length()).isEqualTo(length);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "va", "bueno", "me deja" })
	void findsNothingWhereNoPatternStarts(String text) {
		assertThat(index().longestAt(Tokenizer.tokenize(text), 0)).isNull();
	}

}
