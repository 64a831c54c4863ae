package org.momentos.journey.internal;

import java.util.Locale;

/**
 * A text written in both languages Momentos speaks. Spanish is used for Spanish locales,
 * English for every other locale.
 *
 * @param es the Spanish text
 * @param en the English text
 */
public record BilingualText(String es, String en) {

	public BilingualText {
		if (es == null || es.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("text needs both \"es\" and \"en\", got es=" + es + ", en=" + en);
		}
	}

	public String in(Locale locale) {
		return isSpanish(locale) ? this.es : this.en;
	}

	static boolean isSpanish(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage());
	}

}
