package org.momentos.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.momentos.analytics.MomentHealth;
import org.momentos.analytics.MomentHealth.ThemeCount;
import org.momentos.analytics.Nps;
import org.momentos.analytics.Share;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moment health from the daily roll-ups, for a set of touchpoints (or all) and a period.
 */
@Repository
public class HealthQueries {

	private static final int TOP_THEMES = 5;

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
		UUID[] keys = touchpoints == null ? null : touchpoints.toArray(UUID[]::new);
		MomentHealth totals = this.jdbc
			.sql("""
					select coalesce(sum(signals), 0) signals, coalesce(sum(promoters), 0) promoters,
					  coalesce(sum(passives), 0) passives, coalesce(sum(detractors), 0) detractors,
					  coalesce(sum(csat_answers), 0) csat_answers, coalesce(sum(csat_top2), 0) csat_top2,
					  coalesce(sum(ces_answers), 0) ces_answers, coalesce(sum(ces_sum), 0) ces_sum,
					  coalesce(sum(ces_square_sum), 0) ces_square_sum, coalesce(sum(sentiment_n), 0) sentiment_n,
					  coalesce(sum(sentiment_sum), 0) sentiment_sum, coalesce(sum(sentiment_square_sum), 0) sentiment_square_sum,
					  coalesce(sum(magic), 0) magic, coalesce(sum(bad), 0) bad, coalesce(sum(critical), 0) critical
					from moment_health_daily
					where workspace_id = ? and day between ? and ? and (cast(? as uuid[]) is null or touchpoint_key = any(?))""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to), keys, keys)
			.query((rs, row) -> {
				long signals = rs.getLong("signals");
				return new MomentHealth(signals,
						new Nps(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors")),
						new Share(rs.getLong("csat_top2"), rs.getLong("csat_answers")),
						MomentHealth.summary(rs.getLong("ces_answers"), rs.getDouble("ces_sum"),
								rs.getDouble("ces_square_sum")),
						MomentHealth.summary(rs.getLong("sentiment_n"), rs.getDouble("sentiment_sum"),
								rs.getDouble("sentiment_square_sum")),
						new Share(rs.getLong("magic"), signals), new Share(rs.getLong("bad"), signals),
						new Share(rs.getLong("critical"), signals), List.of());
			})
			.single();
		List<ThemeCount> themes = this.jdbc
			.sql("""
					select theme, sum(mentions) mentions, sum(negative) negative, sum(positive) positive from theme_daily
					where workspace_id = ? and day between ? and ? and (cast(? as uuid[]) is null or touchpoint_key = any(?))
					group by theme having sum(mentions) > 0 order by sum(mentions) desc, theme limit ?""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to), keys, keys, TOP_THEMES)
			.query((rs, row) -> new ThemeCount(rs.getString("theme"), rs.getLong("mentions"), rs.getLong("negative"),
					rs.getLong("positive")))
			.list();
		return new MomentHealth(totals.signals(), totals.nps(), totals.csat(), totals.ces(), totals.sentiment(),
				totals.magic(), totals.bad(), totals.critical(), themes);
	}

}
