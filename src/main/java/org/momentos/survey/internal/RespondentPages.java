package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Prepares what the respondent page shows, in the respondent's language; the same for
 * real respondents and for the builder's preview, so the preview is exactly what they
 * see.
 */
@Component
class RespondentPages {

	private final MessageSource messages;

	RespondentPages(MessageSource messages) {
		this.messages = messages;
	}

	/** One question as the page draws it. */
	record QuestionView(String key, String name, String type, String text, String help, boolean required,
			List<Choice> choices, boolean multiple, boolean scale, String lowLabel, String highLabel, String value,
			boolean missing) {

		public boolean isOpenText() {
			return "SHORT_TEXT".equals(this.type) || "LONG_TEXT".equals(this.type);
		}

	}

	/** One answer a question offers, checked when it was the respondent's answer. */
	record Choice(String value, String label, boolean checked) {
	}

	void page(Model model, Survey survey, SurveyDefinition definition, String language, int page,
			Map<String, Object> answers, List<String> missing, String action, boolean preview) {
		Ui ui = new Ui(this.messages, language);
		List<QuestionView> questions = new ArrayList<>();
		for (Question question : definition.visible(page, answers)) {
			questions.add(view(question, language, answers.get(question.key()), missing.contains(question.key()), ui));
		}
		int pages = Math.max(definition.pageCount(), 1);
		model.addAttribute("ui", ui);
		model.addAttribute("lang", language);
		model.addAttribute("title", definition.title().in(language));
		model.addAttribute("intro", page == 1 ? definition.intro().in(language) : "");
		model.addAttribute("questions", questions);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("last", page >= pages);
		model.addAttribute("missing", !missing.isEmpty());
		model.addAttribute("action", action);
		languageSwitch(model, ui, withoutLang(action));
		model.addAttribute("preview", preview);
		model.addAttribute("surveyName", survey.name());
	}

	void thanks(Model model, Survey survey, SurveyDefinition definition, String language, SurveyResponse response) {
		Map<String, Object> answers = response.answers();
		Integer nps = score(definition, answers, QuestionType.NPS);
		String text = definition.thanks().in(language);
		if (nps != null && nps <= 6 && !definition.thanksDetractor().isBlank()) {
			text = definition.thanksDetractor().in(language);
		}
		else if (nps != null && nps >= 9 && !definition.thanksPromoter().isBlank()) {
			text = definition.thanksPromoter().in(language);
		}
		model.addAttribute("ui", new Ui(this.messages, language));
		model.addAttribute("lang", language);
		model.addAttribute("title", definition.title().in(language));
		model.addAttribute("thanks",
				text.isEmpty() ? new Ui(this.messages, language).t("survey.respond.thanks") : text);
		model.addAttribute("reviewUrl", definition.reviewUrl());
		model.addAttribute("askConsent", definition.askContactConsent() && isDetractor(definition, answers));
		model.addAttribute("consented", response.contactConsent());
		model.addAttribute("consentAction", "/s/" + survey.publicId() + "/r/" + response.token() + "/consent");
		languageSwitch(model, new Ui(this.messages, language),
				"/s/" + survey.publicId() + "/r/" + response.token() + "/thanks");
	}

	/** Links to the same page in the other language. */
	static void languageSwitch(Model model, Ui ui, String page) {
		String separator = page.contains("?") ? "&" : "?";
		model.addAttribute("languageLabel", ui.t("survey.respond.language"));
		model.addAttribute("spanishUrl", page + separator + "lang=es");
		model.addAttribute("englishUrl", page + separator + "lang=en");
	}

	/** NPS 0–6, CSAT 1–2, CES 1–3 or one or two stars. */
	static boolean isDetractor(SurveyDefinition definition, Map<String, Object> answers) {
		Integer nps = score(definition, answers, QuestionType.NPS);
		Integer csat = score(definition, answers, QuestionType.CSAT);
		Integer ces = score(definition, answers, QuestionType.CES);
		Integer stars = score(definition, answers, QuestionType.STAR_RATING);
		return (nps != null && nps <= 6) || (csat != null && csat <= 2) || (ces != null && ces <= 3)
				|| (stars != null && stars <= 2);
	}

	private static Integer score(SurveyDefinition definition, Map<String, Object> answers, QuestionType type) {
		return definition.first(type)
			.map((question) -> answers.get(question.key()))
			.filter(Number.class::isInstance)
			.map((answer) -> ((Number) answer).intValue())
			.orElse(null);
	}

	private static QuestionView view(Question question, String language, Object answer, boolean missing, Ui ui) {
		QuestionType type = question.type();
		List<Choice> choices = new ArrayList<>();
		if (type.isScale()) {
			IntStream.rangeClosed(type.min(), type.max())
				.forEach((value) -> choices.add(new Choice(Integer.toString(value),
						type == QuestionType.STAR_RATING ? ui.t("survey.respond.stars", value)
								: Integer.toString(value),
						answer instanceof Number number && number.intValue() == value)));
		}
		else if (type == QuestionType.YES_NO) {
			choices.add(new Choice("yes", ui.t("survey.respond.yes"), "yes".equals(answer)));
			choices.add(new Choice("no", ui.t("survey.respond.no"), "no".equals(answer)));
		}
		else if (type.hasOptions()) {
			question.options()
				.forEach((option) -> choices.add(new Choice(option.key(), option.label().in(language),
						answer instanceof List<?> list ? list.contains(option.key()) : option.key().equals(answer))));
		}
		String low = type.isScale() ? ui.t("survey.respond.low." + type.name()) : "";
		String high = type.isScale() ? ui.t("survey.respond.high." + type.name()) : "";
		return new QuestionView(question.key(), AnswerRules.PREFIX + question.key(), type.name(),
				question.text().in(language), question.help().in(language), question.required(), choices,
				type == QuestionType.MULTIPLE_CHOICE, type.isScale(), low, high,
				type.isText() && answer != null ? answer.toString() : "", missing);
	}

	private static String withoutLang(String action) {
		return action.replaceAll("[?&]lang=[a-z]*", "").replaceFirst("&", "?");
	}

}
