package org.momentos.survey.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.momentos.platform.Problem;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyStatus;

import org.springframework.http.HttpStatus;

/**
 * The surveys respondents answer, kept in memory: each survey by its public address for a
 * few seconds, and each definition by version (see {@link Respondents}).
 */
final class PublishedSurveys {

	static final Duration SURVEY_CACHE = Duration.ofSeconds(5);

	private final SurveyStore surveys;

	/**
	 * Surveys by public address. Past half of {@link #SURVEY_CACHE} a survey is read
	 * again in the background while respondents keep the copy they have; only a copy
	 * older than {@link #SURVEY_CACHE} is dropped. So a busy survey is never reloaded
	 * with every respondent waiting for it.
	 */
	private final LoadingCache<String, Optional<Survey>> byPublicId;

	/** Definitions by survey and version: a version never changes once saved. */
	private final Cache<String, SurveyDefinition> versions = Caffeine.newBuilder().maximumSize(10_000).build();

	PublishedSurveys(SurveyStore surveys) {
		this.surveys = surveys;
		this.byPublicId = Caffeine.newBuilder()
			.maximumSize(10_000)
			.refreshAfterWrite(SURVEY_CACHE.dividedBy(2))
			.expireAfterWrite(SURVEY_CACHE)
			.build(surveys::findByPublicId);
	}

	/**
	 * The survey behind a public address, if it takes answers: opening or closing a
	 * survey shows on its pages within {@link #SURVEY_CACHE}.
	 */
	Survey open(String publicId) {
		Survey survey = this.byPublicId.get(publicId).orElseThrow(() -> Problem.notFound("survey.public.notFound"));
		if (survey.status() != SurveyStatus.OPEN) {
			throw Problem.withStatus(HttpStatus.GONE, "survey.public.closed");
		}
		return survey;
	}

	/** The definition a response was started with. */
	SurveyDefinition definitionOf(Survey survey, SurveyResponse response) {
		if (response == null || response.surveyVersion() == survey.version()) {
			return survey.definition();
		}
		return this.versions.get(survey.id() + "/" + response.surveyVersion(),
				(key) -> this.surveys.definitionAt(survey.id(), response.surveyVersion()).orElse(survey.definition()));
	}

}
