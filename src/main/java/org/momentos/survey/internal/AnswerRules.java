package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.momentos.platform.Problem;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;

/**
 * Reads the answers of one page from a form, refusing anything a honest form cannot send
 * (an NPS of 11, an unknown option, an answer to a question not on the page): such a
 * request is tampered with, and nothing of it is stored.
 */
final class AnswerRules {

	static final String PREFIX = "q.";

	static final int MAX_SHORT_TEXT = 500;

	static final int MAX_LONG_TEXT = 5000;

	private AnswerRules() {
	}

	/**
	 * What a page answered.
	 *
	 * @param answers by question key: an Integer (scales), a String (single choice,
	 * yes/no, text) or a list of option keys (multiple choice)
	 * @param missing the keys of required questions left unanswered
	 */
	record PageAnswers(Map<String, Object> answers, List<String> missing) {

		boolean isComplete() {
			return this.missing.isEmpty();
		}

	}

	static PageAnswers read(List<Question> visible, Map<String, String[]> form) {
		Set<String> allowed = new LinkedHashSet<>();
		visible.forEach((question) -> allowed.add(PREFIX + question.key()));
		for (String name : form.keySet()) {
			if (name.startsWith(PREFIX) && !allowed.contains(name)) {
				throw tampered();
			}
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (Question question : visible) {
			String[] values = form.get(PREFIX + question.key());
			Object answer = answer(question, values);
			if (answer == null) {
				if (question.required()) {
					missing.add(question.key());
				}
			}
			else {
				answers.put(question.key(), answer);
			}
		}
		return new PageAnswers(answers, missing);
	}

	private static Object answer(Question question, String[] raw) {
		List<String> values = new ArrayList<>();
		if (raw != null) {
			for (String value : raw) {
				if (value != null && !value.isBlank()) {
					values.add(value.strip());
				}
			}
		}
		if (values.isEmpty()) {
			return null;
		}
		QuestionType type = question.type();
		if (type != QuestionType.MULTIPLE_CHOICE && values.size() > 1) {
			throw tampered();
		}
		String value = values.getFirst();
		if (type.isScale()) {
			return score(type, value);
		}
		return switch (type) {
			case SINGLE_CHOICE -> option(question, value);
			case MULTIPLE_CHOICE -> {
				List<String> chosen = new ArrayList<>();
				for (String each : values) {
					String key = option(question, each);
					if (!chosen.contains(key)) {
						chosen.add(key);
					}
				}
				yield List.copyOf(chosen);
			}
			case YES_NO -> {
				if (!"yes".equals(value) && !"no".equals(value)) {
					throw tampered();
				}
				yield value;
			}
			case SHORT_TEXT -> text(value, MAX_SHORT_TEXT);
			case LONG_TEXT -> text(value, MAX_LONG_TEXT);
			default -> throw tampered();
		};
	}

	private static Integer score(QuestionType type, String value) {
		int score;
		try {
			score = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw tampered();
		}
		if (score < type.min() || score > type.max()) {
			throw tampered();
		}
		return score;
	}

	private static String option(Question question, String key) {
		return question.options()
			.stream()
			.map(Option::key)
			.filter(key::equals)
			.findFirst()
			.orElseThrow(AnswerRules::tampered);
	}

	private static String text(String value, int max) {
		if (value.length() > max) {
			throw Problem.invalid("survey.answer.tooLong", max);
		}
		return value;
	}

	static Problem tampered() {
		return Problem.invalid("survey.answer.tampered");
	}

}
