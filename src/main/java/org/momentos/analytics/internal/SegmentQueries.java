package org.momentos.analytics.internal;

import java.sql.Timestamp;
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

	public List<Segment> by(WorkspaceId workspace, String attribute, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select s.attributes ->> ? segment, count(*) signals,
					  count(*) filter (where v.nps >= 9) promoters, count(*) filter (where v.nps between 7 and 8) passives,
					  count(*) filter (where v.nps <= 6) detractors, count(v.csat) csat_answers,
					  count(*) filter (where v.csat >= 4) csat_top2, count(v.ces) ces_answers, coalesce(sum(v.ces), 0) ces_sum,
					  coalesce(sum(v.ces * v.ces), 0) ces_square_sum, count(v.sentiment) sentiment_n,
					  coalesce(sum(v.sentiment), 0) sentiment_sum, coalesce(sum(v.sentiment * v.sentiment), 0) sentiment_square_sum,
					  count(*) filter (where v.verdict = 'MAGIC') magic, count(*) filter (where v.verdict = 'BAD') bad,
					  count(*) filter (where v.verdict = 'CRITICAL') critical
					from signal s join signal_verdict v on v.signal_id = s.id
					where s.workspace_id = ? and s.occurred_at >= ? and s.occurred_at < ? and jsonb_exists(s.attributes, ?)
					group by 1 order by count(*) desc limit ?""")
			.params(attribute, workspace.value(), Timestamp.valueOf(from.atStartOfDay()),
					Timestamp.valueOf(to.plusDays(1).atStartOfDay()), attribute, MAX_SEGMENTS)
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
