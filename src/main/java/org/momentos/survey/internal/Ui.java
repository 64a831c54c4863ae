package org.momentos.survey.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The respondent page's own words, in the respondent's language: a survey page speaks the
 * language of its respondent, not of whoever is logged in.
 */
public record Ui(MessageSource messages, String language) {

	public String t(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(this.language));
	}

}
