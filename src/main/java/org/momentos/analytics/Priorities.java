package org.momentos.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.momentos.analytics.EmergingThemes.Emerging;
import org.momentos.analytics.KeyDrivers.Driver;
import org.momentos.analytics.internal.PriorityQueries;
import org.momentos.analytics.internal.PriorityQueries.NpsAnswer;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/**
 * What to fix first: the themes that most move NPS (key drivers, with how well each
 * performs) and the themes on the rise among negative signals (emerging), for a workspace
 * and a period.
 */
@Service
public class Priorities {

	static final int MAX_DRIVERS = 12;

	static final int MAX_ANSWERS = 200_000;

	private final PriorityQueries queries;

	Priorities(PriorityQueries queries) {
		this.queries = queries;
	}

	public Report of(WorkspaceAccess access, LocalDate from, LocalDate to) {
		access.require(Permission.VIEW);
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 3660) {
			throw Problem.invalid("analytics.period.invalid");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		LocalDate previousFrom = from.minusDays(days);
		LocalDate previousTo = from.minusDays(1);
		List<Emerging> emerging = EmergingThemes.find(
				this.queries.negativeMentions(access.workspaceId(), previousFrom, previousTo),
				this.queries.negativeSignals(access.workspaceId(), previousFrom, previousTo),
				this.queries.negativeMentions(access.workspaceId(), from, to),
				this.queries.negativeSignals(access.workspaceId(), from, to));
		List<EmergingTheme> emergingThemes = emerging.stream()
			.map((theme) -> new EmergingTheme(theme,
					this.queries.examples(access.workspaceId(), theme.theme(), from, to, 3)))
			.toList();
		return new Report(from, to, drivers(this.queries.npsAnswers(access.workspaceId(), from, to, MAX_ANSWERS)),
				emergingThemes);
	}

	/**
	 * Themes as drivers of NPS: -1 when mentioned negatively, +1 positively, 0 not
	 * mentioned.
	 */
	static List<ThemeDriver> drivers(List<NpsAnswer> answers) {
		Map<String, Integer> mentions = new HashMap<>();
		answers.forEach((answer) -> answer.themes().forEach((m) -> mentions.merge(theme(m), 1, Integer::sum)));
		List<String> themes = mentions.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 10)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAX_DRIVERS)
			.map(Map.Entry::getKey)
			.toList();
		if (themes.size() < 2 || answers.size() <= themes.size() + 10) {
			return List.of();
		}
		double[][] x = new double[answers.size()][themes.size()];
		double[] y = new double[answers.size()];
		int[] positive = new int[themes.size()];
		int[] mentioned = new int[themes.size()];
		for (int row = 0; row < answers.size(); row++) {
			y[row] = answers.get(row).nps();
			for (String mention : answers.get(row).themes()) {
				int column = themes.indexOf(theme(mention));
				if (column >= 0) {
					boolean good = mention.endsWith(":POSITIVE");
					boolean bad = mention.endsWith(":NEGATIVE");
					x[row][column] = good ? 1 : (bad ? -1 : 0);
					mentioned[column]++;
					positive[column] += good ? 1 : 0;
				}
			}
		}
		List<Integer> varying = new ArrayList<>();
		for (int column = 0; column < themes.size(); column++) {
			if (!constant(column(x, column))) {
				varying.add(column);
			}
		}
		if (varying.size() < 2 || constant(y)) {
			return List.of();
		}
		double[][] kept = new double[answers.size()][varying.size()];
		for (int row = 0; row < answers.size(); row++) {
			for (int k = 0; k < varying.size(); k++) {
				kept[row][k] = x[row][varying.get(k)];
			}
		}
		List<String> names = varying.stream().map(themes::get).toList();
		List<ThemeDriver> drivers = new ArrayList<>();
		for (Driver driver : KeyDrivers.relativeWeights(kept, y, names)) {
			int column = themes.indexOf(driver.name());
			drivers.add(new ThemeDriver(driver.name(), driver.weight(), driver.direction(),
					mentioned[column] == 0 ? 0 : (double) positive[column] / mentioned[column], mentioned[column]));
		}
		drivers.sort(Comparator.comparingDouble(ThemeDriver::priority).reversed());
		return drivers;
	}

	private static double[] column(double[][] x, int column) {
		double[] values = new double[x.length];
		for (int row = 0; row < x.length; row++) {
			values[row] = x[row][column];
		}
		return values;
	}

	private static boolean constant(double[] values) {
		for (double value : values) {
			if (value != values[0]) {
				return false;
			}
		}
		return true;
	}

	private static String theme(String mention) {
		return mention.substring(0, mention.indexOf(':'));
	}

	/** The priorities of a period. */
	public record Report(java.time.LocalDate from, java.time.LocalDate to, List<ThemeDriver> drivers,
			List<EmergingTheme> emerging) {
	}

	/**
	 * A theme as a driver of NPS.
	 *
	 * @param theme the theme
	 * @param impact its relative weight (share of NPS variance it explains)
	 * @param direction +1 when talking well of it goes with higher NPS
	 * @param performance the share of its mentions that are positive
	 * @param mentions how often it is mentioned
	 */
	public record ThemeDriver(String theme, double impact, double direction, double performance, int mentions) {

		/** High impact and poor performance first: "fix these first". */
		public double priority() {
			return this.impact * (1 - this.performance);
		}

	}

	/** An emerging theme with a few examples of what customers said. */
	public record EmergingTheme(Emerging theme, List<String> examples) {
	}

}
