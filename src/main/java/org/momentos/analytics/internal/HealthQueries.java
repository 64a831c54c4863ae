package org.momentos.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.momentos.analytics.MomentHealth;
import org.momentos.analytics.MomentHealth.ThemeCount;
import org.momentos.analytics.Nps;
import org.momentos.analytics.Share;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moment health from the daily roll-ups, for a set of touchpoints (or all) and a period.
 * A journey's report reads its roll-ups once per period, summed per touchpoint, and adds
 * them up for each touchpoint, stage and the journey ({@link Rollup}), instead of asking
 * the database once for each.
 */
@Repository
public class HealthQueries {

	static final int TOP_THEMES = 5;

	private final JdbcClient jdbc;

	HealthQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param touchpoints the touchpoints to add up, or null for every signal of the
	 * workspace
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 */
	public MomentHealth health(WorkspaceId workspace, Collection<UUID> touchpoints, LocalDate from, LocalDate to) {
		return rollup(workspace, touchpoints, from, to).health(null);
	}

	/**
	 * The roll-ups of a period summed per touchpoint.
	 * @param touchpoints the touchpoints to read, or null for every signal of the
	 * workspace
	 */
	public Rollup rollup(WorkspaceId workspace, Collection<UUID> touchpoints, LocalDate from, LocalDate to) {
		UUID[] keys = touchpoints == null ? null : touchpoints.toArray(UUID[]::new);
		Map<UUID, long[]> counts = new HashMap<>();
		Map<UUID, double[]> sums = new HashMap<>();
		this.jdbc
			.sql("""
					select touchpoint_key, sum(signals) signals, sum(promoters) promoters, sum(passives) passives,
					  sum(detractors) detractors, sum(csat_answers) csat_answers, sum(csat_top2) csat_top2,
					  sum(ces_answers) ces_answers, sum(magic) magic, sum(bad) bad, sum(critical) critical,
					  sum(sentiment_n) sentiment_n, sum(ces_sum) ces_sum, sum(ces_square_sum) ces_square_sum,
					  sum(sentiment_sum) sentiment_sum, sum(sentiment_square_sum) sentiment_square_sum
					from moment_health_daily
					where workspace_id = ? and day between ? and ? and (cast(? as uuid[]) is null or touchpoint_key = any(?))
					group by touchpoint_key""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to), keys, keys)
			.query((RowCallbackHandler) (rs) -> {
				long[] count = new long[Rollup.COUNTS];
				for (int i = 0; i < count.length; i++) {
					count[i] = rs.getLong(i + 2);
				}
				double[] sum = new double[Rollup.SUMS];
				for (int i = 0; i < sum.length; i++) {
					sum[i] = rs.getDouble(count.length + i + 2);
				}
				UUID key = (UUID) rs.getObject("touchpoint_key");
				counts.put(key, count);
				sums.put(key, sum);
			});
		Map<UUID, Map<String, long[]>> themes = new HashMap<>();
		this.jdbc
			.sql("""
					select touchpoint_key, theme, sum(mentions) mentions, sum(negative) negative, sum(positive) positive
					from theme_daily
					where workspace_id = ? and day between ? and ? and (cast(? as uuid[]) is null or touchpoint_key = any(?))
					group by touchpoint_key, theme""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to), keys, keys)
			.query((RowCallbackHandler) (rs) -> {
				themes.computeIfAbsent((UUID) rs.getObject("touchpoint_key"), (key) -> new HashMap<>())
					.put(rs.getString("theme"),
							new long[] { rs.getLong("mentions"), rs.getLong("negative"), rs.getLong("positive") });
			});
		return new Rollup(counts, sums, themes);
	}

	/**
	 * A period's roll-ups per touchpoint: counts (signals, promoters, passives,
	 * detractors, CSAT answers, CSAT top-2, CES answers, magic, bad, critical, sentiment
	 * answers), sums (CES, its squares, sentiment, its squares) and theme mentions
	 * (mentions, negative, positive).
	 */
	public record Rollup(Map<UUID, long[]> counts, Map<UUID, double[]> sums, Map<UUID, Map<String, long[]>> themes) {

		static final int COUNTS = 11;

		static final int SUMS = 4;

		/** The health of these touchpoints together, or of all when null. */
		public MomentHealth health(Collection<UUID> touchpoints) {
			Collection<UUID> keys = touchpoints == null ? this.counts.keySet() : touchpoints;
			long[] c = new long[COUNTS];
			double[] s = new double[SUMS];
			Map<String, long[]> mentions = new HashMap<>();
			for (UUID key : keys) {
				long[] count = this.counts.get(key);
				if (count != null) {
					for (int i = 0; i < COUNTS; i++) {
						c[i] += count[i];
					}
					double[] sum = this.sums.get(key);
					for (int i = 0; i < SUMS; i++) {
						s[i] += sum[i];
					}
				}
				this.themes.getOrDefault(key, Map.of()).forEach((theme, m) -> {
					long[] total = mentions.computeIfAbsent(theme, (t) -> new long[3]);
					for (int i = 0; i < 3; i++) {
						total[i] += m[i];
					}
				});
			}
			List<ThemeCount> top = new ArrayList<>();
			mentions.forEach((theme, m) -> {
				if (m[0] > 0) {
					top.add(new ThemeCount(theme, m[0], m[1], m[2]));
				}
			});
			top.sort(Comparator.comparingLong(ThemeCount::mentions).reversed().thenComparing(ThemeCount::theme));
			long signals = c[0];
			return new MomentHealth(signals, new Nps(c[1], c[2], c[3]), new Share(c[5], c[4]),
					MomentHealth.summary(c[6], s[0], s[1]), MomentHealth.summary(c[10], s[2], s[3]),
					new Share(c[7], signals), new Share(c[8], signals), new Share(c[9], signals),
					top.subList(0, Math.min(TOP_THEMES, top.size())));
		}

	}

}
