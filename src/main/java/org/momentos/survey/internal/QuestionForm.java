package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.List;

import org.momentos.platform.Problem;
import org.momentos.survey.Condition;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Text;

/**
 * The builder's question form: both languages side by side; options one per line as
 * {@code id | Español | English}; display logic as an earlier question with a score range
 * or an option.
 */
record QuestionForm(QuestionType type, String textEs, String textEn, String helpEs, String helpEn, Boolean required,
		Integer page, String options, String showIfQuestion, Integer showIfMin, Integer showIfMax,
		String showIfOption) {

	Question toQuestion(String key, int defaultPage) {
		if (this.type == null) {
			throw Problem.invalid("survey.question.type.invalid", key);
		}
		Condition condition = (this.showIfQuestion == null || this.showIfQuestion.isBlank()) ? null
				: new Condition(this.showIfQuestion, this.showIfMin, this.showIfMax,
						this.showIfOption == null || this.showIfOption.isBlank() ? null : this.showIfOption.strip());
		return new Question(key, this.type, new Text(this.textEs, this.textEn), new Text(this.helpEs, this.helpEn),
				Boolean.TRUE.equals(this.required), this.page == null || this.page < 1 ? defaultPage : this.page,
				this.type.hasOptions() ? parseOptions(this.options) : List.of(), condition);
	}

	static List<Option> parseOptions(String lines) {
		List<Option> options = new ArrayList<>();
		if (lines == null) {
			return options;
		}
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3) {
				throw Problem.invalid("survey.option.format");
			}
			options.add(new Option(parts[0].strip(), new Text(parts[1], parts[2])));
		}
		return options;
	}

	static String formatOptions(List<Option> options) {
		StringBuilder text = new StringBuilder();
		options.forEach((option) -> text.append(option.key())
			.append(" | ")
			.append(option.label().es())
			.append(" | ")
			.append(option.label().en())
			.append('\n'));
		return text.toString();
	}

}
