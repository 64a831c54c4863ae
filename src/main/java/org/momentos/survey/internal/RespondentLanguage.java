package org.momentos.survey.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The respondent's language: the {@code lang} of the address (the page's language
 * switch), else the one of their invitation or response, else the browser's, else
 * Spanish.
 */
final class RespondentLanguage {

	private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

	private RespondentLanguage() {
	}

	static String of(HttpServletRequest request, String remembered) {
		String asked = request.getParameter("lang");
		if ("es".equals(asked) || "en".equals(asked)) {
			return asked;
		}
		if ("es".equals(remembered) || "en".equals(remembered)) {
			return remembered;
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best.getLanguage();
				}
			}
			catch (IllegalArgumentException ex) {
				return "es";
			}
		}
		return "es";
	}

}
