package org.momentos.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.Flag;
import org.momentos.insight.SentimentLabel;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Journey health against values computed by hand on a small fixture. */
@MomentosTest
@Import(Fixtures.class)
class JourneyHealthTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journeys journeys;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	JourneyHealth health;

	@Autowired
	MockMvc mvc;

	@Test
	void addsUpATouchpointItsStageAndTheJourney() throws Exception {
		Team team = this.fixtures.aWorkspace("Health");
		JourneyId id = this.fixtures.aJourneyFromTemplate(team, "online-shop", Locale.ENGLISH);
		Journey draft = this.fixtures.journey(team, id);
		this.journeys.publish(team.ownerAccess(), id, draft.revision());
		UUID delivery = draft.editableMap().stages().get(2).touchpoints().get(0).key();
		UUID tracking = draft.editableMap().stages().get(2).touchpoints().get(1).key();

		// Delivery: NPS 10, 9, 7, 3 -> 2 promoters, 1 passive, 1 detractor: NPS 25
		judge(team, delivery, new Scores(10, null, null, null), 0.8, List.of());
		judge(team, delivery, new Scores(9, null, null, null), 0.6, List.of());
		judge(team, delivery, new Scores(7, null, null, null), null, List.of());
		judge(team, delivery, new Scores(3, null, null, null), -0.6, List.of("delivery"));
		// Tracking: CSAT 5 and 2 -> top-2 share 50 %; CES 6 and 2 -> mean 4
		judge(team, tracking, new Scores(null, 5, 6, null), null, List.of());
		judge(team, tracking, new Scores(null, 2, 2, null), -0.4, List.of("delivery"));

		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		JourneyHealth.Report report = this.health.of(team.ownerAccess(), id, today.minusDays(6), today);

		JourneyHealth.TouchpointHealth deliveryHealth = report.stages().get(2).touchpoints().get(0);
		assertThat(deliveryHealth.health().current().nps().score()).isEqualTo(25.0);
		assertThat(deliveryHealth.health().current().signals()).isEqualTo(4);

		MomentHealth stage = report.stages().get(2).health().current();
		assertThat(stage.signals()).isEqualTo(6);
		assertThat(stage.csat().value()).isEqualTo(0.5);
		assertThat(stage.ces().getMean()).isEqualTo(4.0);
		assertThat(stage.sentiment().getMean()).isCloseTo((0.8 + 0.6 - 0.6 - 0.4) / 4, within(1e-6));
		assertThat(stage.themes()).containsExactly(new MomentHealth.ThemeCount("delivery", 2, 2, 0));
		// the delivery stage is an ACTUAL moment: the detractor is BAD, not critical
		assertThat(stage.bad().hits()).isEqualTo(2);
		assertThat(stage.critical().hits()).isZero();
		// 10 and 9 with warm words, and CSAT 5 with an easy CES, are magic
		assertThat(stage.magic().hits()).isEqualTo(3);

		assertThat(report.health().current().signals()).isEqualTo(6);
		assertThat(report.stages().get(0).health().current().signals()).isZero();
		assertThat(report.health().changes().nps().isSignificant()).as("too few answers to say").isFalse();

		// the live map draws the emotion curve and the touchpoint's figures, linked to
		// its signals
		String page = this.mvc
			.perform(get("/w/" + team.slug() + "/journeys/" + id + "/health").header("Accept-Language", "en")
				.with(user(team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Emotion curve", "stroke=\"#3B4CCA\"", "NPS 25 · n=4", "touchpoint=" + delivery);
		assertThat(this.mvc
			.perform(get("/w/" + team.slug() + "/journeys/" + id + "/health")
				.with(user(this.fixtures.aWorkspace("Nosy").owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void judgingASignalAgainDoesNotCountItTwice() {
		Team team = this.fixtures.aWorkspace("Rejudge");
		Signal signal = store(team, null, new Scores(2, null, null, null));
		this.verdicts.judge(signal, new TextReading(-0.9, Set.of(Flag.CHURN_THREAT), null, List.of()));
		this.verdicts.judge(signal, new TextReading(-0.9, Set.of(Flag.CHURN_THREAT), null, List.of()));
		assertThat(this.verdicts.verdictOf(team.workspace().id(), signal.id()).orElseThrow().verdict())
			.isEqualTo(Verdict.CRITICAL);
	}

	@Test
	void changingTheRulesRecomputesVerdicts() throws Exception {
		Team team = this.fixtures.aWorkspace("Rules");
		Signal seven = store(team, null, new Scores(7, null, null, null));
		this.verdicts.judge(seven, TextReading.NONE);
		assertThat(this.verdicts.verdictOf(team.workspace().id(), seven.id()).orElseThrow().verdict())
			.isEqualTo(Verdict.NEUTRAL);

		this.mvc.perform(post("/w/" + team.slug() + "/verdict-rules").param("detractorMaxNps", "7")
			.param("promoterMinNps", "9")
			.param("badMaxCsat", "2")
			.param("magicMinCsat", "5")
			.param("badMaxCes", "3")
			.param("badMaxRating", "2")
			.param("magicMinRating", "5")
			.param("badSentiment", "-0.35")
			.param("severeSentiment", "-0.8")
			.param("magicSentiment", "0.5")
			.param("criticalMoments", "FIRST", "FAILURE")
			.param("criticalFlags", "CHURN_THREAT", "LEGAL_THREAT", "SAFETY")
			.with(user(team.owner()))
			.with(csrf()));
		assertThat(this.verdicts.verdictOf(team.workspace().id(), seven.id()).orElseThrow().verdict())
			.as("a 7 is a detractor under the stricter rules")
			.isEqualTo(Verdict.BAD);

		var viewer = this.fixtures.aMember(team, org.momentos.workspace.Role.ANALYST);
		int status = this.mvc
			.perform(post("/w/" + team.slug() + "/verdict-rules").param("detractorMaxNps", "3")
				.with(user(viewer))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("only owners change the rules").isEqualTo(403);
	}

	private void judge(Team team, UUID touchpoint, Scores scores, Double sentiment, List<String> negativeThemes) {
		Signal signal = store(team, touchpoint, scores);
		this.verdicts.judge(signal, new TextReading(sentiment, Set.of(), null,
				negativeThemes.stream().map((theme) -> new ThemeMention(theme, SentimentLabel.NEGATIVE)).toList()));
	}

	private Signal store(Team team, UUID touchpoint, Scores scores) {
		Receipt receipt = this.signals.receive(team.workspace().id(), new NewSignal(SignalSource.SURVEY, Instant.now(),
				null, touchpoint, scores, null, null, null, null, UUID.randomUUID().toString(), null));
		AutomaticVerdicts.awaitFor(this.verdicts, team.workspace().id(), ((Receipt.Accepted) receipt).signal());
		return this.signals.find(team.workspace().id(), ((Receipt.Accepted) receipt).signal()).orElseThrow();
	}

}
