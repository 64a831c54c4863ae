package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.momentos.platform.Problem;
import org.momentos.survey.Condition;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.Text;
import org.momentos.survey.internal.SurveyTemplates.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a valid survey is, and how answers of one page are read. */
class SurveyRulesTests {

	private final SurveyDefinition nps = SurveyTemplates.relationalNps().definition();

	@Test
	void everyTemplateIsValidAndBilingual() {
		for (Template template : SurveyTemplates.all()) {
			SurveyRules.check(template.definition());
		}
		assertThat(SurveyTemplates.all()).extracting(Template::id)
			.containsExactly("relational-nps", "delivery-csat", "support-ces", "first-impression",
					"complaint-follow-up");
	}

	@Test
	void displayLogicMustReferToAnEarlierPage() {
		List<Question> questions = new ArrayList<>(this.nps.questions());
		questions.set(1, new Question("went-wrong", QuestionType.LONG_TEXT, new Text("a", "b"), null, false, 1,
				List.of(), new Condition("nps", 0, 6, null)));
		assertThatThrownBy(() -> SurveyRules.check(this.nps.withQuestions(questions))).isInstanceOf(Problem.class)
			.hasMessage("survey.logic.earlierPage");
	}

	@Test
	void aQuestionNeedsBothLanguages() {
		List<Question> questions = List
			.of(new Question("nps", QuestionType.NPS, new Text("", "How likely?"), null, true, 1, List.of(), null));
		assertThatThrownBy(() -> SurveyRules.check(this.nps.withQuestions(questions))).isInstanceOf(Problem.class)
			.hasMessage("survey.question.text.missing");
	}

	@Test
	void displayLogicShowsWhatWentWrongOnlyToDetractors() {
		assertThat(this.nps.visible(2, Map.of("nps", 3))).extracting(Question::key).containsExactly("went-wrong");
		assertThat(this.nps.visible(2, Map.of("nps", 10))).extracting(Question::key).containsExactly("loved");
		assertThat(this.nps.visible(2, Map.of("nps", 7))).extracting(Question::key).containsExactly("improve");
	}

	@Test
	void anAnswerOutsideTheScaleOrAnUnknownQuestionIsTampering() {
		List<Question> page = this.nps.page(1);
		assertThat(AnswerRules.read(page, Map.of("q.nps", new String[] { "10" })).answers()).containsEntry("nps", 10);
		for (Map<String, String[]> tampered : List.of(Map.of("q.nps", new String[] { "11" }),
				Map.of("q.nps", new String[] { "x" }), Map.of("q.other", new String[] { "1" }))) {
			assertThatThrownBy(() -> AnswerRules.read(page, tampered)).isInstanceOf(Problem.class)
				.hasMessage("survey.answer.tampered");
		}
		assertThat(AnswerRules.read(page, Map.of()).missing()).containsExactly("nps");
	}

	@Test
	void answersHiddenByAChangeOfMindAreDropped() {
		Map<String, Object> kept = Respondents.visibleOnly(this.nps,
				Map.of("nps", 10, "went-wrong", "written when I had said 3", "loved", "the staff"));
		assertThat(kept).containsOnlyKeys("nps", "loved");
	}

}
