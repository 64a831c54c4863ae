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
import org.momentos.analytics.internal.PriorityQueries.NpsSums;
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
		return new Report(from, to, drivers(this.queries.npsSums(access.workspaceId(), from, to)), emergingThemes);
	}

	/**
	 * Themes as drivers of NPS: -1 when mentioned negatively, +1 positively, 0 not
	 * mentioned (or neutrally); the most mentioned themes that vary, weighed by
	 * {@link KeyDrivers} from the correlations of the period's answers, computed from
	 * their sums.
	 */
	static List<ThemeDriver> drivers(NpsSums sums) {
		Map<String, Integer> mentions = new HashMap<>();
		sums.themes().forEach((theme, theirs) -> mentions.put(theme, (int) theirs[0]));
		List<String> themes = mentions.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 10)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAX_DRIVERS)
			.map(Map.Entry::getKey)
			.toList();
		long n = sums.answers();
		if (themes.size() < 2 || n <= themes.size() + 10) {
			return List.of();
		}
		List<String> names = themes.stream()
			.filter((theme) -> covariance(n, sum(sums, theme), sum(sums, theme), sumOfSquares(sums, theme)) != 0)
			.toList();
		if (names.size() < 2 || covariance(n, sums.npsSum(), sums.npsSum(), sums.npsSquareSum()) == 0) {
			return List.of();
		}
		// columns: the themes' polarities, then NPS
		int k = names.size();
		long[] sum = new long[k + 1];
		long[] sumOfSquares = new long[k + 1];
		for (int column = 0; column < k; column++) {
			sum[column] = sum(sums, names.get(column));
			sumOfSquares[column] = sumOfSquares(sums, names.get(column));
		}
		sum[k] = sums.npsSum();
		sumOfSquares[k] = sums.npsSquareSum();
		double[][] correlations = new double[k + 1][k + 1];
		for (int a = 0; a <= k; a++) {
			for (int b = 0; b <= k; b++) {
				correlations[a][b] = (a == b) ? 1
						: covariance(n, sum[a], sum[b], productSum(sums, names, a, b))
								/ Math.sqrt((double) covariance(n, sum[a], sum[a], sumOfSquares[a])
										* covariance(n, sum[b], sum[b], sumOfSquares[b]));
			}
		}
		List<ThemeDriver> drivers = new ArrayList<>();
		for (Driver driver : KeyDrivers.fromCorrelations(correlations, names)) {
			long[] theirs = sums.themes().get(driver.name());
			drivers.add(new ThemeDriver(driver.name(), driver.weight(), driver.direction(),
					theirs[0] == 0 ? 0 : (double) theirs[1] / theirs[0], (int) theirs[0]));
		}
		drivers.sort(Comparator.comparingDouble(ThemeDriver::priority).reversed());
		return drivers;
	}

	/**
	 * n times the sum of products minus the product of sums: n² times the covariance (the
	 * variance, for a column with itself), exact in integers.
	 */
	private static long covariance(long n, long sumA, long sumB, long productSum) {
		return n * productSum - sumA * sumB;
	}

	/** The sum of a theme's polarity: positive minus negative mentions. */
	private static long sum(NpsSums sums, String theme) {
		long[] theirs = sums.themes().get(theme);
		return theirs[1] - theirs[2];
	}

	/** The sum of a theme's squared polarity: its positive and negative mentions. */
	private static long sumOfSquares(NpsSums sums, String theme) {
		long[] theirs = sums.themes().get(theme);
		return theirs[1] + theirs[2];
	}

	/** The sum of the products of two columns (themes, or NPS when the index is last). */
	private static long productSum(NpsSums sums, List<String> names, int a, int b) {
		int k = names.size();
		if (a == k || b == k) {
			return sums.themes().get(names.get(Math.min(a, b)))[3];
		}
		return sums.pairSum(names.get(a), names.get(b));
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
