package org.momentos.insight.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "n't" written apart from its verb, as text run through a word splitter comes, is read
 * with the word before it; anywhere else it stays as written.
 */
class SplitNegationsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ca n't recommend          | cant recommend
			did n't like it           | didnt like it
			wo n't be back            | wont be back
			the room was n’t clean    | the room wasnt clean
			I can't recommend it      | i cant recommend it
			n't                       | nt
			ok, n't                   | ok , nt
			""")
	void aSplitNegationJoinsItsVerb(String text, String forms) {
		List<String> folded = Tokenizer.tokenize(text).stream().map(Token::form).toList();
		assertThat(String.join(" ", folded)).as(text).isEqualTo(forms);
	}

}
