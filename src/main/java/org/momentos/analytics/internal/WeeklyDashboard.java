package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.momentos.analytics.EmergingPhrases;
import org.momentos.analytics.JourneyHealth;
import org.momentos.analytics.MomentHealth;
import org.momentos.analytics.Priorities;
import org.momentos.journey.Journey;
import org.momentos.journey.Stage;
import org.momentos.journey.Touchpoint;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A journey's week for the weekly meeting: this week against the last (volume, NPS with
 * its interval, CSAT, CES, verdict shares), top and emerging themes and phrases, the
 * driver matrix, the emotion curve of both weeks and eight-week trends.
 */
@Component
class WeeklyDashboard {

	static final int TREND_WEEKS = 8;

	private final JourneyHealth health;

	private final Priorities priorities;

	private final EmergingPhrases phrases;

	private final HealthQueries queries;

	private final MessageSource messages;

	WeeklyDashboard(JourneyHealth health, Priorities priorities, EmergingPhrases phrases, HealthQueries queries,
			MessageSource messages) {
		this.health = health;
		this.priorities = priorities;
		this.phrases = phrases;
		this.queries = queries;
		this.messages = messages;
	}

	Week of(WorkspaceAccess access, Journey journey, LocalDate to, Locale locale) {
		LocalDate from = to.minusDays(6);
		JourneyHealth.Report thisWeek = this.health.of(access, journey.id(), from, to);
		JourneyHealth.Report lastWeek = this.health.of(access, journey.id(), from.minusDays(7), from.minusDays(1));
		List<UUID> keys = journey.current()
			.map()
			.stages()
			.stream()
			.flatMap((stage) -> stage.touchpoints().stream())
			.map(Touchpoint::key)
			.toList();
		Priorities.Report priorities = this.priorities.of(access, from, to);
		List<Priorities.EmergingTheme> emergingPhrases = this.phrases.of(access, keys, from, to);
		List<String> weeks = new ArrayList<>();
		List<Double> nps = new ArrayList<>();
		List<Double> volume = new ArrayList<>();
		double mostSignals = 1;
		for (int week = TREND_WEEKS - 1; week >= 0; week--) {
			LocalDate end = to.minusWeeks(week);
			MomentHealth health = this.queries.health(access.workspaceId(), keys, end.minusDays(6), end);
			weeks.add(end.minusDays(6).toString().substring(5));
			nps.add(health.nps().answers() == 0 ? null : health.nps().score());
			volume.add((double) health.signals());
			mostSignals = Math.max(mostSignals, health.signals());
		}
		List<String> stageNames = journey.current().map().stages().stream().map(Stage::name).toList();
		String npsTrend = InlineCharts.trend(message("weekly.trend.nps", locale), weeks, nps, -100, 100, 0, "#3B4CCA");
		String volumeTrend = InlineCharts.trend(message("weekly.trend.volume", locale), weeks, volume, 0,
				Math.ceil(mostSignals * 1.1), 0, "#475467");
		String emotion = InlineCharts.emotion(message("weekly.emotion", locale), stageNames, emotions(thisWeek),
				emotions(lastWeek), message("weekly.thisWeek", locale), message("weekly.lastWeek", locale));
		double maxImpact = priorities.drivers().stream().mapToDouble(Priorities.ThemeDriver::impact).max().orElse(1);
		return new Week(from, to, thisWeek, lastWeek, priorities, emergingPhrases, maxImpact <= 0 ? 1 : maxImpact,
				npsTrend, volumeTrend, emotion);
	}

	private static List<Double> emotions(JourneyHealth.Report report) {
		return report.stages().stream().map((stage) -> LiveMap.emotionOf(stage.health().current())).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** What the weekly page shows. */
	record Week(LocalDate from, LocalDate to, JourneyHealth.Report thisWeek, JourneyHealth.Report lastWeek,
			Priorities.Report priorities, List<Priorities.EmergingTheme> phrases, double maxImpact, String npsTrend,
			String volumeTrend, String emotion) {

		/** This week's signals that are neither magic, bad nor critical. */
		public double neutralNow() {
			return neutralShare(this.thisWeek.health().current());
		}

		/** Last week's signals that are neither magic, bad nor critical. */
		public double neutralBefore() {
			return neutralShare(this.lastWeek.health().current());
		}

		private static double neutralShare(MomentHealth health) {
			return health.signals() == 0 ? 0
					: 1.0 - health.magic().value() - health.bad().value() - health.critical().value();
		}

	}

}
