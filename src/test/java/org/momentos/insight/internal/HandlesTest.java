package org.momentos.insight.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handle is skipped whole, underscores and inner dots included, so no part of it is
 * read as a word; the punctuation that ends a sentence after it is kept.
 */
class HandlesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			gracias @EnerLuz_es por nada      | gracias por nada
			@Banco_Cafetero la app caída      | la app caída
			escribí a @tienda.mx ayer         | escribí a ayer
			hola @x_.                         | hola .
			@a__b_ sigue sin luz              | sigue sin luz
			@_ vale                           | vale
			""")
	void aHandleLeavesNoWordBehind(String text, String words) {
		List<String> surfaces = Tokenizer.tokenize(text).stream().map(Token::text).toList();
		assertThat(String.join(" ", surfaces)).as(text).isEqualTo(words);
	}

}
