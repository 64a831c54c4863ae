package org.momentos.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: every {@code i18n/NAME_es.properties} with its {@code NAME_en}
 * twin (one pair per module), Spanish and English only. There is no base bundle, so a
 * missing translation shows up instead of silently falling back to the other language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(bundles());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static String[] bundles() {
		try {
			Resource[] english = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*_en.properties");
			return Arrays.stream(english)
				.map(Resource::getFilename)
				.map((name) -> "i18n/" + name.substring(0, name.length() - "_en.properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

}
