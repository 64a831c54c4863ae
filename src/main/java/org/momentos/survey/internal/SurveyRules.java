package org.momentos.survey.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.momentos.platform.Problem;
import org.momentos.survey.Condition;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.Text;

/** What makes a survey definition valid; each refusal names a message key. */
public final class SurveyRules {

	static final int MAX_QUESTIONS = 60;

	static final int MAX_OPTIONS = 30;

	static final int MAX_TEXT = 2000;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	private SurveyRules() {
	}

	public static String checkedName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw Problem.invalid("survey.name.invalid");
		}
		return name.strip();
	}

	public static void check(SurveyDefinition definition) {
		requireBoth(definition.title(), "survey.title.missing");
		shortEnough(definition.intro());
		shortEnough(definition.thanks());
		if (definition.questions().size() > MAX_QUESTIONS) {
			throw Problem.invalid("survey.questions.tooMany", MAX_QUESTIONS);
		}
		if (definition.reviewUrl() != null && !isWebAddress(definition.reviewUrl())) {
			throw Problem.invalid("survey.reviewUrl.invalid");
		}
		Set<String> keys = new HashSet<>();
		int previousPage = 1;
		for (Question question : definition.questions()) {
			if (question.key() == null || !KEY.matcher(question.key()).matches() || !keys.add(question.key())) {
				throw Problem.invalid("survey.question.key.invalid", question.key());
			}
			if (question.type() == null) {
				throw Problem.invalid("survey.question.type.invalid", question.key());
			}
			if (question.page() < previousPage) {
				throw Problem.invalid("survey.question.page.invalid", question.key());
			}
			previousPage = question.page();
			requireBoth(question.text(), "survey.question.text.missing");
			shortEnough(question.help());
			checkOptions(question);
			if (question.showIf() != null) {
				checkCondition(definition, question);
			}
		}
	}

	private static void checkOptions(Question question) {
		if (!question.type().hasOptions()) {
			if (!question.options().isEmpty()) {
				throw Problem.invalid("survey.question.options.unexpected", question.text().en());
			}
			return;
		}
		List<Option> options = question.options();
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			throw Problem.invalid("survey.question.options.count", question.text().en());
		}
		Set<String> keys = new HashSet<>();
		for (Option option : options) {
			if (option.key() == null || !KEY.matcher(option.key()).matches() || !keys.add(option.key())) {
				throw Problem.invalid("survey.option.key.invalid", option.key());
			}
			requireBoth(option.label(), "survey.option.label.missing");
		}
	}

	private static void checkCondition(SurveyDefinition definition, Question question) {
		Condition condition = question.showIf();
		Question earlier = definition.question(condition.question()).orElse(null);
		// Only earlier pages: the page then works without JavaScript, decided on the
		// server.
		if (earlier == null || earlier.page() >= question.page()) {
			throw Problem.invalid("survey.logic.earlierPage", question.text().en());
		}
		QuestionType type = earlier.type();
		if (type.isScale()) {
			if ((condition.min() == null && condition.max() == null)
					|| (condition.min() != null && (condition.min() < type.min() || condition.min() > type.max()))
					|| (condition.max() != null && (condition.max() < type.min() || condition.max() > type.max()))) {
				throw Problem.invalid("survey.logic.range", question.text().en());
			}
		}
		else if (type == QuestionType.YES_NO) {
			if (!"yes".equals(condition.option()) && !"no".equals(condition.option())) {
				throw Problem.invalid("survey.logic.option", question.text().en());
			}
		}
		else if (type.hasOptions()) {
			if (earlier.options().stream().noneMatch((option) -> option.key().equals(condition.option()))) {
				throw Problem.invalid("survey.logic.option", question.text().en());
			}
		}
		else {
			throw Problem.invalid("survey.logic.textQuestion", question.text().en());
		}
	}

	private static void requireBoth(Text text, String key) {
		if (text == null || !text.isComplete()) {
			throw Problem.invalid(key);
		}
		shortEnough(text);
	}

	private static void shortEnough(Text text) {
		if (text.es().length() > MAX_TEXT || text.en().length() > MAX_TEXT) {
			throw Problem.invalid("survey.text.tooLong", MAX_TEXT);
		}
	}

	private static boolean isWebAddress(String address) {
		try {
			URI uri = URI.create(address);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
