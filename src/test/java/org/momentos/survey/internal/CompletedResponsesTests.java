package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete responses become signals in the background: a batch of them (as a crash
 * between the answer and its conversion would leave) all become one signal each, with
 * their own scores, and converting again stores nothing twice.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class CompletedResponsesTests {

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	ResponseStore responses;

	@Autowired
	CompletedResponses completed;

	@Autowired
	JdbcClient jdbc;

	@Test
	void completeResponsesLeftWaitingAllBecomeOneSignalEach() {
		Team team = this.surveys.aShopWithAPublishedJourney("Lotes");
		Survey survey = this.surveys.anOpenSurvey(team, "relational-nps", 0);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			// Stored complete without waking the converter, as after a crash.
			ids.add(this.responses
				.createAnswered(survey.workspace(), survey.id(), survey.version(), Secrets.newToken(), "link", "es",
						null, Map.of("nps", i % 11), 1, true)
				.id());
		}
		this.completed.convertWaiting();
		this.completed.convertWaiting();
		for (int i = 0; i < ids.size(); i++) {
			long signal = this.surveys.signalOfResponse(this.jdbc.sql("select token from survey_response where id = ?")
				.param(ids.get(i))
				.query(String.class)
				.single(), null);
			Map<String, Object> stored = this.jdbc
				.sql("select s.nps, s.source, (select count(*) from signal x where x.external_id = s.external_id)"
						+ " as copies from signal s where s.id = ?")
				.param(signal)
				.query()
				.singleRow();
			assertThat(((Number) stored.get("nps")).intValue()).isEqualTo(i % 11);
			assertThat(stored.get("source")).isEqualTo("SURVEY");
			assertThat(((Number) stored.get("copies")).intValue()).isEqualTo(1);
		}
		assertThat(
				this.jdbc.sql("select count(distinct signal_id) from survey_response where survey_id = ? and converted")
					.param(survey.id().value())
					.query(Long.class)
					.single())
			.isEqualTo(40);
	}

}
