package org.momentos.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.SentimentLabel;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A billing incident planted in this week's feedback shows up as emerging and as the
 * first thing to fix.
 */
@MomentosTest
@Import(Fixtures.class)
class PrioritiesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	Priorities priorities;

	@Test
	void findsAPlantedBillingIncidentAndItsWeightOnNps() {
		Team team = this.fixtures.aWorkspace("Priorities");
		Random random = new Random(1);
		Instant now = Instant.now();
		for (int i = 0; i < 80; i++) {
			// last week: a few billing complaints among many delivery ones
			boolean billing = i % 16 == 0;
			answer(team, now.minus(8 + i % 5, ChronoUnit.DAYS), billing ? 3 : 5 + random.nextInt(2),
					billing ? "billing" : "delivery", SentimentLabel.NEGATIVE,
					billing ? "Factura incorrecta" : "Tarde");
		}
		for (int i = 0; i < 80; i++) {
			// this week: "me cobraron dos veces" everywhere
			boolean billing = i % 3 == 0;
			answer(team, now.minus(i % 5, ChronoUnit.DAYS), billing ? 1 + random.nextInt(2) : 5 + random.nextInt(2),
					billing ? "billing" : "delivery", SentimentLabel.NEGATIVE,
					billing ? "Me cobraron dos veces" : "Tarde");
		}
		for (int i = 0; i < 60; i++) {
			// happy customers who praise the staff
			answer(team, now.minus(i % 6, ChronoUnit.DAYS), 9 + random.nextInt(2), "staff_attitude",
					SentimentLabel.POSITIVE, "Muy amables");
		}
		// the newest billing complaint of all is another workspace's
		answer(this.fixtures.aWorkspace("Priorities elsewhere"), now, 1, "billing", SentimentLabel.NEGATIVE,
				"Cobro de otro espacio de trabajo");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Priorities.Report report = this.priorities.of(team.ownerAccess(), today.minusDays(6), today);

		assertThat(report.emerging()).extracting((e) -> e.theme().theme()).containsExactly("billing");
		assertThat(report.emerging().get(0).examples()).hasSize(3)
			.contains("Me cobraron dos veces")
			.doesNotContain("Cobro de otro espacio de trabajo");
		assertThat(report.drivers()).isNotEmpty();
		assertThat(report.drivers().get(0).theme()).as("fix billing first").isEqualTo("billing");
		assertThat(report.drivers().get(0).performance()).isZero();
	}

	private void answer(Team team, Instant when, int nps, String theme, SentimentLabel label, String text) {
		Receipt receipt = this.signals.receive(team.workspace().id(), new NewSignal(SignalSource.SURVEY, when, null,
				null, new Scores(nps, null, null, null), null, text, "es", null, UUID.randomUUID().toString(), null));
		AutomaticVerdicts.awaitFor(this.verdicts, team.workspace().id(), ((Receipt.Accepted) receipt).signal());
		var signal = this.signals.find(team.workspace().id(), ((Receipt.Accepted) receipt).signal()).orElseThrow();
		List<ThemeMention> themes = new ArrayList<>(List.of(new ThemeMention(theme, label)));
		this.verdicts.judge(signal,
				new TextReading(label == SentimentLabel.NEGATIVE ? -0.6 : 0.7, Set.of(), null, themes));
	}

}
