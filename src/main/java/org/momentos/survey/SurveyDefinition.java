package org.momentos.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a survey asks and says, in both languages. Stored as one JSON document per version
 * (the format is described in {@code docs/surveys.md}).
 *
 * @param title shown at the top of every page
 * @param intro shown above the first page (optional)
 * @param questions in order; their page numbers never decrease
 * @param thanks the thank-you text
 * @param thanksDetractor the thank-you text for an NPS of 0 to 6 (optional)
 * @param thanksPromoter the thank-you text for an NPS of 9 or 10 (optional)
 * @param reviewUrl where every respondent, whatever the score, is invited to share a
 * public review (optional: no gating)
 * @param askContactConsent whether a detractor may consent to be contacted
 */
public record SurveyDefinition(Text title, Text intro, List<Question> questions, Text thanks, Text thanksDetractor,
		Text thanksPromoter, String reviewUrl, boolean askContactConsent) {

	public SurveyDefinition {
		intro = intro == null ? Text.EMPTY : intro;
		thanks = thanks == null ? Text.EMPTY : thanks;
		thanksDetractor = thanksDetractor == null ? Text.EMPTY : thanksDetractor;
		thanksPromoter = thanksPromoter == null ? Text.EMPTY : thanksPromoter;
		reviewUrl = reviewUrl == null || reviewUrl.isBlank() ? null : reviewUrl.strip();
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

	public int pageCount() {
		return this.questions.stream().mapToInt(Question::page).max().orElse(0);
	}

	public List<Question> page(int number) {
		return this.questions.stream().filter((question) -> question.page() == number).toList();
	}

	/** The questions of a page that the answers so far make visible. */
	public List<Question> visible(int number, Map<String, Object> answers) {
		return page(number).stream()
			.filter((question) -> question.showIf() == null
					|| question.showIf().matches(answers.get(question.showIf().question())))
			.toList();
	}

	public Optional<Question> question(String key) {
		return this.questions.stream().filter((question) -> question.key().equals(key)).findFirst();
	}

	/** The first question of this type, e.g. the NPS question that becomes a score. */
	public Optional<Question> first(QuestionType type) {
		return this.questions.stream().filter((question) -> question.type() == type).findFirst();
	}

	public SurveyDefinition withQuestions(List<Question> changed) {
		return new SurveyDefinition(this.title, this.intro, renumbered(changed), this.thanks, this.thanksDetractor,
				this.thanksPromoter, this.reviewUrl, this.askContactConsent);
	}

	/** Pages numbered 1, 2, 3 without gaps, in question order. */
	private static List<Question> renumbered(List<Question> questions) {
		List<Question> result = new ArrayList<>();
		int page = 0;
		int previous = Integer.MIN_VALUE;
		for (Question question : questions) {
			if (question.page() != previous) {
				page++;
				previous = question.page();
			}
			result.add(question.withPage(page));
		}
		return result;
	}

}
