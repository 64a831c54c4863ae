package org.momentos.survey.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.momentos.survey.Survey;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * The first page of a public link, rendered once per survey version, language and
 * channel: it is the same for every respondent who arrives (no answers yet, no errors),
 * and it is the page most often asked for, so most page views cost no template rendering
 * at all.
 */
@Component
class FirstPages {

	/**
	 * Pages by survey version: a version never changes, and a closed survey never gets
	 * here ({@link Respondents#openSurvey}), so a page is kept while it is asked for.
	 */
	private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final RespondentPages pages;

	private final ITemplateEngine templates;

	FirstPages(RespondentPages pages, ITemplateEngine templates) {
		this.pages = pages;
		this.templates = templates;
	}

	/**
	 * The HTML (UTF-8) of page one of this survey, as {@code survey/respond} draws it.
	 */
	byte[] html(Survey survey, String language, String channel) {
		return this.rendered.get(survey.publicId() + "/" + survey.version() + "/" + language + "/" + channel,
				(key) -> render(survey, language, channel));
	}

	private byte[] render(Survey survey, String language, String channel) {
		ExtendedModelMap model = new ExtendedModelMap();
		this.pages.page(model, survey, survey.definition(), language, 1, Map.of(), List.of(),
				action(survey.publicId(), channel, language), false);
		return this.templates.process("survey/respond", new Context(Locale.forLanguageTag(language), model))
			.getBytes(StandardCharsets.UTF_8);
	}

	static String action(String publicId, String channel, String language) {
		return "/s/" + publicId + "?ch=" + channel + "&lang=" + language;
	}

}
