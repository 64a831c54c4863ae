package org.momentos.survey;

import java.util.List;

/**
 * One question of a survey.
 *
 * @param key stable across versions of the survey; answers are stored under it
 * @param type what kind of answer it takes
 * @param text the question, in both languages
 * @param help a hint under the question (optional)
 * @param required whether it must be answered
 * @param page the page it is on, from 1
 * @param options the choices (choice questions only)
 * @param showIf display logic (optional): shown only when it matches
 */
public record Question(String key, QuestionType type, Text text, Text help, boolean required, int page,
		List<Option> options, Condition showIf) {

	public Question {
		help = help == null ? Text.EMPTY : help;
		options = options == null ? List.of() : List.copyOf(options);
	}

	public Question withPage(int newPage) {
		return new Question(this.key, this.type, this.text, this.help, this.required, newPage, this.options,
				this.showIf);
	}

}
