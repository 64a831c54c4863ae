package org.momentos.survey.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.momentos.platform.Problem;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.internal.SurveyDocuments.Skip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A realistic Qualtrics export of a restaurant survey, in English with Spanish. */
class QsfImportTests {

	@Test
	void importsTheSupportedQuestionsInPageOrderWithBothLanguages() throws IOException {
		QsfImport.Result result = QsfImport.read(fixture());
		SurveyDefinition definition = result.definition();
		SurveyRules.check(definition);
		assertThat(result.name()).isEqualTo("Restaurant visit feedback");
		assertThat(definition.questions()).extracting(Question::key)
			.containsExactly("q1_nps", "q8", "q2", "q3", "q4", "q5");
		assertThat(definition.questions()).extracting(Question::type)
			.containsExactly(QuestionType.NPS, QuestionType.STAR_RATING, QuestionType.SINGLE_CHOICE,
					QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);
		assertThat(definition.questions()).extracting(Question::page).containsExactly(1, 1, 2, 2, 3, 3);
		Question nps = definition.questions().getFirst();
		assertThat(nps.required()).isTrue();
		assertThat(nps.text().en())
			.isEqualTo("How likely is it that you would recommend our restaurant to a friend or colleague?");
		assertThat(nps.text().es()).startsWith("¿Qué probabilidad hay de que recomiende nuestro restaurante");
		Question reason = definition.question("q2").orElseThrow();
		assertThat(reason.options()).hasSize(4);
		assertThat(reason.options().get(2).label().es()).isEqualTo("Celebración");
		assertThat(reason.options().get(2).label().en()).isEqualTo("Celebration");
	}

	@Test
	void reportsWhatWasSkippedAndWhy() throws IOException {
		assertThat(QsfImport.read(fixture()).skipped()).extracting(Skip::question, Skip::reason)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("QID7", "survey.qsf.skip.descriptive"),
					org.assertj.core.groups.Tuple.tuple("QID6", "survey.qsf.skip.matrix"),
					org.assertj.core.groups.Tuple.tuple("QID5", "survey.qsf.skip.logic"),
					org.assertj.core.groups.Tuple.tuple("QID9", "survey.qsf.skip.form"));
	}

	@Test
	void refusesWhatIsNotAQualtricsExport() {
		assertThatThrownBy(() -> QsfImport.read("{\"hello\": 1}")).isInstanceOf(Problem.class)
			.hasMessage("survey.import.qsf.format");
		assertThatThrownBy(() -> QsfImport.read("not json")).isInstanceOf(Problem.class)
			.hasMessage("survey.import.unreadable");
	}

	private static String fixture() throws IOException {
		try (var in = QsfImportTests.class.getResourceAsStream("/survey/qualtrics-restaurant.qsf")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
