package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyResponded;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns a response into a {@code SURVEY} signal on the survey's touchpoint: the first
 * NPS, CSAT, CES and star question give the scores, open answers the text, choices the
 * attributes. The external id {@code response:<id>} makes a retried conversion store
 * nothing twice.
 */
@Component
class SignalConversion {

	private static final Logger log = LoggerFactory.getLogger(SignalConversion.class);

	private final Signals signals;

	private final ResponseStore responses;

	private final ApplicationEventPublisher events;

	SignalConversion(Signals signals, ResponseStore responses, ApplicationEventPublisher events) {
		this.signals = signals;
		this.responses = responses;
		this.events = events;
	}

	/** Converts the response; call inside the transaction that completes it. */
	void convert(Survey survey, SurveyDefinition definition, SurveyResponse response) {
		NewSignal signal = signalOf(survey, definition, response);
		record(survey, response, retried(survey, signal, this.signals.receive(survey.workspace(), signal)));
	}

	/**
	 * Converts responses of one workspace in a few statements
	 * ({@link Signals#receiveAll}); call inside one transaction. A single response goes
	 * through {@link Signals#receive}, as {@link #convert} does.
	 */
	void convertAll(WorkspaceId workspace, List<Answered> answered) {
		if (answered.size() == 1) {
			Answered one = answered.getFirst();
			convert(one.survey(), one.definition(), one.response());
			return;
		}
		List<NewSignal> batch = answered.stream()
			.map((one) -> signalOf(one.survey(), one.definition(), one.response()))
			.toList();
		List<Receipt> receipts = this.signals.receiveAll(workspace, batch);
		for (int i = 0; i < answered.size(); i++) {
			Answered one = answered.get(i);
			record(one.survey(), one.response(), retried(one.survey(), batch.get(i), receipts.get(i)));
		}
	}

	/** A response with the survey and the definition version it answered. */
	record Answered(Survey survey, SurveyDefinition definition, SurveyResponse response) {
	}

	private Receipt retried(Survey survey, NewSignal signal, Receipt receipt) {
		if (receipt instanceof Receipt.Rejected rejected && "touchpointKey".equals(rejected.field())) {
			// The journey was unpublished meanwhile: keep the voice, without the
			// touchpoint.
			return this.signals.receive(survey.workspace(), withoutTouchpoint(signal));
		}
		return receipt;
	}

	private void record(Survey survey, SurveyResponse response, Receipt receipt) {
		SignalId id = switch (receipt) {
			case Receipt.Accepted accepted -> accepted.signal();
			case Receipt.Duplicate duplicate -> duplicate.signal();
			case Receipt.Rejected rejected -> {
				log.warn("Response {} of survey {} not stored as a signal: {} {}", response.id(), survey.id(),
						rejected.field(), rejected.reason());
				yield null;
			}
		};
		this.responses.recordConversion(response.id(), id == null ? null : id.value());
		if (id != null) {
			this.events.publishEvent(new SurveyResponded(survey.workspace(), survey.id(), response.id(), id.value(),
					response.complete(), response.customerReference()));
		}
	}

	static NewSignal signalOf(Survey survey, SurveyDefinition definition, SurveyResponse response) {
		Map<String, Object> answers = response.answers();
		Scores scores = new Scores(score(definition, answers, QuestionType.NPS),
				score(definition, answers, QuestionType.CSAT), score(definition, answers, QuestionType.CES),
				rating(definition, answers));
		List<String> texts = new ArrayList<>();
		Map<String, String> attributes = new LinkedHashMap<>(response.attributes());
		for (Question question : definition.questions()) {
			Object answer = answers.get(question.key());
			if (answer == null) {
				continue;
			}
			if (question.type().isText()) {
				texts.add(answer.toString());
			}
			else if (!question.type().isScale()) {
				attributes.put("answer." + question.key(), answer instanceof List<?> list
						? String.join(",", list.stream().map(String::valueOf).toList()) : answer.toString());
			}
		}
		attributes.put("survey", survey.publicId());
		attributes.put("surveyVersion", Integer.toString(response.surveyVersion()));
		attributes.put("channel", response.channel());
		attributes.put("complete", Boolean.toString(response.complete()));
		return new NewSignal(SignalSource.SURVEY, response.completedAt(), response.customerReference(),
				survey.touchpointKey(), scores, definition.title().in(response.language()),
				texts.isEmpty() ? null : String.join("\n\n", texts), response.language(), attributes,
				"response:" + response.id(), null);
	}

	private static NewSignal withoutTouchpoint(NewSignal signal) {
		return new NewSignal(signal.source(), signal.occurredAt(), signal.customerReference(), null, signal.scores(),
				signal.title(), signal.text(), signal.language(), signal.attributes(), signal.externalId(),
				signal.idempotencyKey());
	}

	private static Integer score(SurveyDefinition definition, Map<String, Object> answers, QuestionType type) {
		return definition.first(type)
			.map((question) -> answers.get(question.key()))
			.map((answer) -> ((Number) answer).intValue())
			.orElse(null);
	}

	private static Double rating(SurveyDefinition definition, Map<String, Object> answers) {
		return definition.first(QuestionType.STAR_RATING)
			.map((question) -> answers.get(question.key()))
			.map((answer) -> ((Number) answer).doubleValue())
			.orElse(null);
	}

}
