package org.momentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Spanish and in English, and none is left empty. */
class I18nTests {

	static Stream<String> bundles() throws IOException {
		Resource[] spanish = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_es.properties");
		Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
		assertThat(spanish).as("one Spanish bundle for each English one").hasSameSizeAs(english);
		return Arrays.stream(spanish)
			.map(Resource::getFilename)
			.map((name) -> "i18n/" + name.substring(0, name.length() - "_es.properties".length()));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void spanishAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
		Properties spanish = load(bundle + "_es.properties");
		Properties english = load(bundle + "_en.properties");
		assertThat(spanish.stringPropertyNames()).isNotEmpty();
		assertThat(keysMissingFrom(spanish, english)).as("keys in English but not in Spanish").isEmpty();
		assertThat(keysMissingFrom(english, spanish)).as("keys in Spanish but not in English").isEmpty();
		assertThat(spanish.stringPropertyNames()).allSatisfy((key) -> {
			assertThat(spanish.getProperty(key)).as(key).isNotBlank();
			assertThat(english.getProperty(key)).as(key).isNotBlank();
		});
	}

	private static Set<String> keysMissingFrom(Properties bundle, Properties other) {
		return other.stringPropertyNames()
			.stream()
			.filter((key) -> !bundle.containsKey(key))
			.collect(java.util.stream.Collectors.toSet());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
