package org.momentos.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.KeyDrivers.Driver;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.SentimentLabel;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The key drivers read daily roll-ups of the sums behind their correlations: they weigh
 * the themes exactly as the regression over every NPS answer of the period does, after
 * answers are judged again, and another workspace's answers never count.
 */
@MomentosTest
@Import(Fixtures.class)
class DriverRollupsTests {

	private static final List<String> THEMES = List.of("billing", "delivery", "staff_attitude", "website");

	private static final List<SentimentLabel> LABELS = List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL,
			SentimentLabel.POSITIVE);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	Priorities priorities;

	@Test
	void rollUpsWeighThemesAsTheAnswersDoAndStayInTheirWorkspace() {
		Team team = this.fixtures.aWorkspace("Driver roll-ups");
		Team other = this.fixtures.aWorkspace("Driver roll-ups elsewhere");
		Random random = new Random(3);
		List<Signal> mine = send(team.workspace().id(), 160, random);
		List<Signal> theirs = send(other.workspace().id(), 60, random);
		judge(other.workspace().id(), theirs, random);
		judge(team.workspace().id(), mine, random);
		Map<SignalId, TextReading> last = judge(team.workspace().id(), mine, random);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<Priorities.ThemeDriver> found = this.priorities.of(team.ownerAccess(), today.minusDays(6), today)
			.drivers();
		List<Priorities.ThemeDriver> expected = direct(mine, last);
		assertThat(found).hasSameSizeAs(expected).isNotEmpty();
		for (int i = 0; i < found.size(); i++) {
			assertThat(found.get(i).theme()).isEqualTo(expected.get(i).theme());
			assertThat(found.get(i).impact()).isCloseTo(expected.get(i).impact(), within(1e-9));
			assertThat(found.get(i).direction()).isEqualTo(expected.get(i).direction());
			assertThat(found.get(i).performance()).isEqualTo(expected.get(i).performance());
			assertThat(found.get(i).mentions()).isEqualTo(expected.get(i).mentions());
		}
		assertThat(found.get(0).theme()).as("the planted driver").isEqualTo("billing");
	}

	private List<Signal> send(WorkspaceId workspace, int count, Random random) {
		List<NewSignal> sent = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Integer nps = i % 10 == 0 ? null : random.nextInt(11);
			sent.add(new NewSignal(SignalSource.SURVEY, Instant.now().minus(random.nextInt(6), ChronoUnit.DAYS), null,
					null, new Scores(nps, nps == null ? 4 : null, null, null), null, null, null, null, "driver-" + i,
					null));
		}
		List<SignalId> ids = this.signals.receiveAll(workspace, sent)
			.stream()
			.map((receipt) -> ((Receipt.Accepted) receipt).signal())
			.toList();
		ids.forEach((id) -> AutomaticVerdicts.awaitFor(this.verdicts, workspace, id));
		return this.signals.findAll(workspace, ids);
	}

	/**
	 * Judges the signals with random theme mentions; billing's polarity follows the NPS
	 * (the planted driver).
	 */
	private Map<SignalId, TextReading> judge(WorkspaceId workspace, List<Signal> judged, Random random) {
		Map<SignalId, TextReading> readings = new HashMap<>();
		for (Signal signal : judged) {
			List<ThemeMention> mentions = new ArrayList<>();
			Integer nps = signal.scores().nps();
			if (nps != null && random.nextInt(3) > 0) {
				mentions.add(new ThemeMention("billing", nps <= 4 ? SentimentLabel.NEGATIVE
						: (nps >= 8 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL)));
			}
			for (String theme : THEMES.subList(1, THEMES.size())) {
				if (random.nextInt(3) == 0) {
					mentions.add(new ThemeMention(theme, LABELS.get(random.nextInt(LABELS.size()))));
				}
			}
			readings.put(signal.id(), new TextReading(0.1, Set.of(), null, mentions));
		}
		this.verdicts.judgeAll(workspace, judged, readings);
		return readings;
	}

	/** The drivers from a regression over every answer, as the method describes it. */
	private static List<Priorities.ThemeDriver> direct(List<Signal> answered, Map<SignalId, TextReading> readings) {
		List<Signal> answers = answered.stream().filter((signal) -> signal.scores().nps() != null).toList();
		double[][] x = new double[answers.size()][THEMES.size()];
		double[] y = new double[answers.size()];
		int[] mentioned = new int[THEMES.size()];
		int[] positive = new int[THEMES.size()];
		for (int row = 0; row < answers.size(); row++) {
			y[row] = answers.get(row).scores().nps();
			for (ThemeMention mention : readings.get(answers.get(row).id()).themes()) {
				int column = THEMES.indexOf(mention.theme());
				x[row][column] = switch (mention.label()) {
					case POSITIVE -> 1;
					case NEGATIVE -> -1;
					default -> 0;
				};
				mentioned[column]++;
				positive[column] += mention.label() == SentimentLabel.POSITIVE ? 1 : 0;
			}
		}
		List<Priorities.ThemeDriver> drivers = new ArrayList<>();
		for (Driver driver : KeyDrivers.relativeWeights(x, y, THEMES)) {
			int column = THEMES.indexOf(driver.name());
			drivers.add(new Priorities.ThemeDriver(driver.name(), driver.weight(), driver.direction(),
					(double) positive[column] / mentioned[column], mentioned[column]));
		}
		drivers.sort(java.util.Comparator.comparingDouble(Priorities.ThemeDriver::priority).reversed());
		return drivers;
	}

}
