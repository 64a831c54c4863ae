package org.momentos.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.momentos.analytics.MomentHealth;
import org.momentos.analytics.Nps;
import org.momentos.analytics.Share;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Health by the values of one signal attribute (store, agent, product, channel...). */
@Repository
public class SegmentQueries {

	static final int MAX_SEGMENTS = 50;

	private final JdbcClient jdbc;

	SegmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> attributes(WorkspaceId workspace) {
		return this.jdbc.sql("""
				select distinct jsonb_object_keys(attributes) key from (select attributes from signal
				where workspace_id = ? order by id desc limit 5000) recent order by key""")
			.param(workspace.value())
			.query(String.class)
			.list();
	}

	/**
	 * The most frequent values of the attribute in the period with their health, from the
	 * daily segment roll-ups.
	 */
	public List<Segment> by(WorkspaceId workspace, String attribute, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select value segment, sum(signals) signals, sum(promoters) promoters, sum(passives) passives,
				  sum(detractors) detractors, sum(csat_answers) csat_answers, sum(csat_top2) csat_top2,
				  sum(ces_answers) ces_answers, sum(ces_sum) ces_sum, sum(ces_square_sum) ces_square_sum,
				  sum(sentiment_n) sentiment_n, sum(sentiment_sum) sentiment_sum,
				  sum(sentiment_square_sum) sentiment_square_sum, sum(magic) magic, sum(bad) bad,
				  sum(critical) critical
				from segment_daily where workspace_id = ? and attribute = ? and day between ? and ?
				group by value having sum(signals) > 0 order by sum(signals) desc, value limit ?""")
			.params(workspace.value(), attribute, Date.valueOf(from), Date.valueOf(to), MAX_SEGMENTS)
			.query((rs, row) -> {
				long signals = rs.getLong("signals");
				return new Segment(rs.getString("segment"), new MomentHealth(signals,
						new Nps(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors")),
						new Share(rs.getLong("csat_top2"), rs.getLong("csat_answers")),
						MomentHealth.summary(rs.getLong("ces_answers"), rs.getDouble("ces_sum"),
								rs.getDouble("ces_square_sum")),
						MomentHealth.summary(rs.getLong("sentiment_n"), rs.getDouble("sentiment_sum"),
								rs.getDouble("sentiment_square_sum")),
						new Share(rs.getLong("magic"), signals), new Share(rs.getLong("bad"), signals),
						new Share(rs.getLong("critical"), signals), List.of()));
			})
			.list();
	}

	/** One value of the attribute and its health. */
	public record Segment(String value, MomentHealth health) {
	}

}
