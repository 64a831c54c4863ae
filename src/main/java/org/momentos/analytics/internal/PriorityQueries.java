package org.momentos.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the priorities page needs from the verdicts: negative theme counts and the sums
 * behind the key drivers, from the daily roll-ups, and a few examples.
 */
@Repository
public class PriorityQueries {

	private final JdbcClient jdbc;

	PriorityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Bad and critical signals of the period. */
	public long negativeSignals(WorkspaceId workspace, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(bad + critical), 0) from moment_health_daily
				where workspace_id = ? and day between ? and ?""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to))
			.query(Long.class)
			.single();
	}

	/** Negative mentions of each theme in the period. */
	public Map<String, Long> negativeMentions(WorkspaceId workspace, LocalDate from, LocalDate to) {
		Map<String, Long> mentions = new HashMap<>();
		this.jdbc.sql("""
				select theme, sum(negative) negative from theme_daily
				where workspace_id = ? and day between ? and ? group by theme""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to))
			.query((rs, row) -> mentions.put(rs.getString("theme"), rs.getLong("negative")))
			.list();
		return mentions;
	}

	/**
	 * Texts of a few recent negative signals that mention a theme: walks the period's
	 * signals from the newest and stops at the {@code limit}-th match, instead of sorting
	 * every mention of the period.
	 */
	public List<String> examples(WorkspaceId workspace, String theme, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select s.text from signal s join signal_verdict v on v.signal_id = s.id
				where s.workspace_id = ? and s.occurred_at >= ? and s.occurred_at < ? and v.workspace_id = ?
				  and ? = any(v.themes) and s.text is not null
				order by s.occurred_at desc limit ?""")
			.params(workspace.value(), from.atStartOfDay().atOffset(ZoneOffset.UTC),
					to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), workspace.value(), theme + ":NEGATIVE",
					limit)
			.query(String.class)
			.list();
	}

	/**
	 * The sums behind the NPS key-driver regression for the period, from the daily
	 * key-driver roll-ups.
	 */
	public NpsSums npsSums(WorkspaceId workspace, LocalDate from, LocalDate to) {
		long[] totals = new long[3];
		Map<String, long[]> themes = new HashMap<>();
		Map<List<String>, Long> pairs = new HashMap<>();
		this.jdbc.sql("""
				select theme, paired, sum(answers) answers, sum(positive) positive, sum(negative) negative,
				  sum(product_sum) product_sum, sum(square_sum) square_sum
				from nps_driver_daily where workspace_id = ? and day between ? and ? group by theme, paired""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to))
			.query((RowCallbackHandler) (rs) -> {
				String theme = rs.getString("theme");
				String paired = rs.getString("paired");
				if (theme.isEmpty()) {
					totals[0] = rs.getLong("answers");
					totals[1] = rs.getLong("product_sum");
					totals[2] = rs.getLong("square_sum");
				}
				else if (paired.isEmpty()) {
					themes.put(theme, new long[] { rs.getLong("answers"), rs.getLong("positive"),
							rs.getLong("negative"), rs.getLong("product_sum") });
				}
				else {
					pairs.put(List.of(theme, paired), rs.getLong("product_sum"));
				}
			});
		return new NpsSums(totals[0], totals[1], totals[2], themes, pairs);
	}

	/**
	 * The NPS answers of a period summed: y is an answer's NPS, x a theme's polarity in
	 * it (+1 positive, -1 negative, 0 a neutral mention or none).
	 *
	 * @param answers how many answers
	 * @param npsSum the sum of y
	 * @param npsSquareSum the sum of y squared
	 * @param themes per theme: answers mentioning it, positive, negative, sum of x * y
	 * @param pairs per pair of themes (in alphabetical order): the sum of their x * x
	 */
	public record NpsSums(long answers, long npsSum, long npsSquareSum, Map<String, long[]> themes,
			Map<List<String>, Long> pairs) {

		/** The sum of the product of two themes' polarities. */
		public long pairSum(String theme, String other) {
			List<String> key = (theme.compareTo(other) < 0) ? List.of(theme, other) : List.of(other, theme);
			return this.pairs.getOrDefault(key, 0L);
		}

	}

}
