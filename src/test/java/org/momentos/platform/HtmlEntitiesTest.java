package org.momentos.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML entities left in exported texts are read as the characters they stand for, even
 * when escaped twice; an ampersand that starts no entity stays as written.
 */
class HtmlEntitiesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			I don&#39;t like it                 | I don't like it
			I don&#x27;t recommend it           | I don't recommend it
			their &quot;great&quot; service     | their "great" service
			v&amp;amp;#237;deo                  | vídeo
			no me gust&oacute; nada             | no me gustó nada
			AT&T and R&D                        | AT&T and R&D
			""")
	void entitiesAreReadAsTheirCharacters(String written, String read) {
		assertThat(HtmlEntities.decode(written)).isEqualTo(read);
	}

}
