package org.momentos.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.momentos.platform.Problem;
import org.momentos.survey.ContactConsented;
import org.momentos.survey.Question;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.internal.AnswerRules.PageAnswers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What respondents do: start a response (from a public link or a personal invitation),
 * answer page by page (each page saved), finish. A finished response, or a partial one
 * left alone long enough, becomes a signal.
 */
@Service
class Respondents {

	private final SurveyStore surveys;

	private final ResponseStore responses;

	private final InvitationStore invitations;

	private final SignalConversion conversion;

	private final SurveyProperties properties;

	private final ApplicationEventPublisher events;

	private final CompletedResponses completed;

	private final Clock clock = Clock.systemUTC();

	private final PublishedSurveys published;

	Respondents(SurveyStore surveys, ResponseStore responses, InvitationStore invitations, SignalConversion conversion,
			SurveyProperties properties, ApplicationEventPublisher events, CompletedResponses completed) {
		this.surveys = surveys;
		this.responses = responses;
		this.invitations = invitations;
		this.conversion = conversion;
		this.properties = properties;
		this.events = events;
		this.completed = completed;
		this.published = new PublishedSurveys(surveys);
	}

	/** What a saved page leads to. */
	sealed interface Step {

		record NextPage(int page) implements Step {
		}

		record Missing(List<String> questions, Map<String, Object> answers) implements Step {
		}

		record Done() implements Step {
		}

	}

	/**
	 * The survey behind a public address, if it takes answers. Kept for a few seconds, as
	 * every page of every respondent needs it: opening or closing a survey shows on its
	 * pages within {@link PublishedSurveys#SURVEY_CACHE}.
	 */
	Survey openSurvey(String publicId) {
		return this.published.open(publicId);
	}

	/**
	 * The invitation of a personal link: refused when it belongs to another survey, or
	 * expired.
	 */
	Invitation invitation(Survey survey, String token) {
		Invitation invitation = this.invitations.findByTokenHash(Secrets.sha256(token))
			.orElseThrow(() -> Problem.notFound("survey.invitation.unknown"));
		if (!survey.id().equals(invitation.survey()) || !survey.workspace().equals(invitation.workspace())) {
			throw Problem.invalid("survey.invitation.otherSurvey");
		}
		if (invitation.isExpired(this.clock.instant())) {
			throw Problem.withStatus(HttpStatus.GONE, "survey.invitation.expired");
		}
		return invitation;
	}

	/**
	 * The response of a personal invitation: started on its first use; the same one
	 * afterwards (a finished one is refused by the caller: one response per invitation).
	 */
	@Transactional
	SurveyResponse startFromInvitation(Survey survey, Invitation invitation, String language) {
		return this.responses.findByInvitation(invitation.id()).orElseGet(() -> {
			this.invitations.markUsed(invitation.id());
			long id = this.responses.create(survey.workspace(), survey.id(), survey.version(), Secrets.newToken(),
					invitation.id(), invitation.channel(), language, invitation.customerReference(),
					invitation.attributes(), null);
			return this.responses.find(id).orElseThrow();
		});
	}

	/** Whether a public respondent from this address already answered (when enabled). */
	boolean answeredFrom(Survey survey, String clientHash) {
		int hours = this.properties.duplicateAddressHours();
		return hours > 0 && this.responses.completedFrom(survey.id(), clientHash,
				this.clock.instant().minus(Duration.ofHours(hours)));
	}

	SurveyResponse response(Survey survey, String token) {
		return this.responses.findByToken(survey.id(), token)
			.orElseThrow(() -> Problem.notFound("survey.response.unknown"));
	}

	/** The definition a response was started with (versions are kept in memory). */
	SurveyDefinition definitionOf(Survey survey, SurveyResponse response) {
		return this.published.definitionOf(survey, response);
	}

	/**
	 * Answers the first page of a public link: the response exists only once something
	 * valid was sent, and is created with those answers in one statement. Null when
	 * required answers are missing (nothing stored then). One statement, so no
	 * transaction around it: that would only add a round trip to the database per answer.
	 */
	Started startPublic(Survey survey, String channel, String language, String clientHash, Map<String, String[]> form) {
		SurveyDefinition definition = survey.definition();
		if (definition.pageCount() < 1) {
			throw AnswerRules.tampered();
		}
		PageAnswers page = AnswerRules.read(definition.visible(1, Map.of()), form);
		if (!page.isComplete()) {
			return new Started(null, new Step.Missing(page.missing(), page.answers()));
		}
		Map<String, Object> answers = new LinkedHashMap<>(page.answers());
		int next = nextPage(definition, 1, answers);
		SurveyResponse response = this.responses.createAnswered(survey.workspace(), survey.id(), survey.version(),
				Secrets.newToken(), channel, language, clientHash,
				next == 0 ? visibleOnly(definition, answers) : answers, next == 0 ? 1 : next, next == 0);
		return new Started(response, next == 0 ? done() : new Step.NextPage(next));
	}

	/** A public response just started (null when page one lacked required answers). */
	record Started(SurveyResponse response, Step step) {
	}

	/**
	 * Saves one page of answers; the first page with visible questions after it is next.
	 * One statement, which refuses a response completed meanwhile: no transaction needed.
	 */
	Step answer(Survey survey, SurveyResponse response, int page, String language, Map<String, String[]> form) {
		if (response.complete()) {
			throw Problem.conflict("survey.response.finished");
		}
		SurveyDefinition definition = definitionOf(survey, response);
		if (page < 1 || page > Math.max(response.page(), 1) || page > definition.pageCount()) {
			throw AnswerRules.tampered();
		}
		Map<String, Object> answers = new LinkedHashMap<>(response.answers());
		definition.page(page).forEach((question) -> answers.remove(question.key()));
		PageAnswers given = AnswerRules.read(definition.visible(page, answers), form);
		answers.putAll(given.answers());
		if (!given.isComplete()) {
			return new Step.Missing(given.missing(), answers);
		}
		int next = nextPage(definition, page, answers);
		Map<String, Object> kept = next == 0 ? visibleOnly(definition, answers) : answers;
		if (this.responses.saveAnswers(response.id(), kept, next == 0 ? page : next, language, next == 0).isEmpty()) {
			throw Problem.conflict("survey.response.finished");
		}
		return next == 0 ? done() : new Step.NextPage(next);
	}

	/**
	 * A response just completed: it becomes a signal in the background once it is
	 * committed (see {@link CompletedResponses}).
	 */
	private Step done() {
		this.completed.convertAfterCommit();
		return new Step.Done();
	}

	@Transactional
	void consentToContact(Survey survey, SurveyResponse response) {
		if (!response.complete() || response.contactConsent()) {
			return;
		}
		// The signal the consent refers to exists first, converted now if still waiting.
		this.responses.lockUnconverted(response.id())
			.ifPresent((waiting) -> this.conversion.convert(survey, definitionOf(survey, waiting), waiting));
		this.responses.consentToContact(response.id());
		SurveyResponse current = this.responses.find(response.id()).orElseThrow();
		this.events.publishEvent(new ContactConsented(survey.workspace(), survey.id(), current.id(), current.signalId(),
				current.customerReference()));
	}

	/**
	 * Stops all survey mail of this workspace to the invitation's address, forever (an
	 * expired or used link still works for this).
	 */
	@Transactional
	String unsubscribe(String publicId, String token) {
		Invitation invitation = anyInvitation(publicId, token);
		if (invitation.email() != null) {
			this.invitations.unsubscribe(invitation.workspace(), Secrets.emailHash(invitation.email()));
		}
		return invitation.language();
	}

	/** The language of an invitation of this survey, used or not, expired or not. */
	String invitationLanguage(String publicId, String token) {
		return anyInvitation(publicId, token).language();
	}

	private Invitation anyInvitation(String publicId, String token) {
		Survey survey = this.surveys.findByPublicId(publicId)
			.orElseThrow(() -> Problem.notFound("survey.public.notFound"));
		return this.invitations.findByTokenHash(Secrets.sha256(token))
			.filter((found) -> survey.id().equals(found.survey()))
			.orElseThrow(() -> Problem.notFound("survey.invitation.unknown"));
	}

	void changeLanguage(SurveyResponse response, String language) {
		if (!language.equals(response.language())) {
			this.responses.changeLanguage(response.id(), language);
		}
	}

	/** Partial responses untouched for the configured time become signals, once. */
	@Scheduled(fixedDelayString = "${momentos.survey.partial-check:PT1M}", initialDelayString = "PT1M")
	void convertAbandoned() {
		convertAbandoned(this.clock.instant());
	}

	@Transactional
	int convertAbandoned(Instant now) {
		List<SurveyResponse> abandoned = this.responses.abandoned(now.minus(this.properties.partialAfter()), 200);
		for (SurveyResponse response : abandoned) {
			Survey survey = this.surveys.find(response.workspace(), response.survey()).orElseThrow();
			SurveyDefinition definition = definitionOf(survey, response);
			this.conversion.convert(survey, definition,
					new SurveyResponse(response.id(), response.workspace(), response.survey(), response.surveyVersion(),
							response.token(), response.invitationId(), response.channel(), response.language(),
							visibleOnly(definition, response.answers()), response.page(), false,
							response.contactConsent(), response.customerReference(), response.attributes(), now,
							response.signalId()));
		}
		return abandoned.size();
	}

	static int nextPage(SurveyDefinition definition, int page, Map<String, Object> answers) {
		for (int next = page + 1; next <= definition.pageCount(); next++) {
			if (!definition.visible(next, answers).isEmpty()) {
				return next;
			}
		}
		return 0;
	}

	/** Drops answers to questions that display logic hides after a change of mind. */
	static Map<String, Object> visibleOnly(SurveyDefinition definition, Map<String, Object> answers) {
		Map<String, Object> kept = new LinkedHashMap<>();
		for (int page = 1; page <= definition.pageCount(); page++) {
			for (Question question : definition.visible(page, kept)) {
				if (answers.containsKey(question.key())) {
					kept.put(question.key(), answers.get(question.key()));
				}
			}
		}
		return kept;
	}

}
