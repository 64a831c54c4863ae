package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ok                                      | und
			👍                                      | und
			no funciona                             | es
			muy lento                               | es
			me quiero morir                         | es
			quiero mimos                            | es
			great support                           | en
			not working                             | en
			pésimo                                  | es
			gracias!!                               | es
			thanks!!                                | en
			La habitación era amplia y limpia       | es
			The room was spacious and clean         | en
			q onda con el pedido, nadie responde    | es
			still waiting for my refund             | en
			Fantástico hotel                        | es
			Fantastic hotel                         | en
			thats weak. See ya                      | en
			ya llegó el pedido                      | es
			@airline followed!                      | en
			obviously                               | en
			Precariedad laboral                     | es
			Hilo completito                         | es
			Madrid!                                 | und
			Personal agradable                      | es
			Desfavorable, no lo recomiendo          | es
			""")
	void detectsTheLanguageOfShortTexts(String text, String code) {
		assertThat(analyzer.analyze(text).language().code()).as(text).isEqualTo(code);
	}

}
