package org.momentos.recovery;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.recovery.RecoveryFigures.Figures;
import org.momentos.recovery.RecoveryFigures.Period;
import org.momentos.recovery.RecoveryFigures.ParadoxGroup;
import org.momentos.recovery.RecoveryFigures.RootCauseCount;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recovery dashboard's figures computed straight from the cases, timelines and
 * moments, as FigureQueries did before the tallies: the oracle the tallies are compared
 * with.
 */
class DirectFigures {

	private static final Map<String, String> GROUPS = Map.of("total", "''", "touchpoint",
			"coalesce(touchpoint_key::text, '')", "team", "team", "agent", "assignee");

	/** Cases opened within the period (its bounds, when given, as UTC days). */
	private static final String PERIOD = " and opened_at >= coalesce(cast(? as timestamptz), '-infinity')"
			+ " and opened_at < coalesce(cast(? as timestamptz), 'infinity')";

	private final JdbcClient jdbc;

	DirectFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Figures> figures(WorkspaceId workspace, String grouping, Instant now, Period period) {
		String key = GROUPS.get(grouping);
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql("""
					select %s as label, count(*) as opened,
					  count(*) filter (where state in ('OPEN', 'CONTACTED')) as open,
					  count(*) filter (where state = 'RECOVERED') as recovered,
					  count(*) filter (where state = 'LOST') as lost,
					  count(*) filter (where state = 'RESOLVED' and follow_up = 'UNANSWERED') as unknown,
					  avg(extract(epoch from first_contact_at - opened_at)) as first_contact_seconds,
					  avg(extract(epoch from resolved_at - opened_at)) as resolution_seconds,
					  count(*) filter (where first_contact_at <= first_contact_due) as first_contact_met,
					  count(*) filter (where first_contact_at is not null or first_contact_due < ?) as first_contact_decided,
					  count(*) filter (where resolved_at <= resolution_due) as resolution_met,
					  count(*) filter (where resolved_at is not null or resolution_due < ?) as resolution_decided,
					  count(*) filter (where compensated.case_id is not null) as compensated
					from recovery_case left join (select distinct case_id from recovery_case_entry
					    where kind = 'COMPENSATION') compensated on compensated.case_id = recovery_case.id
					where workspace_id = ?%s group by 1 order by opened desc, 1"""
				.formatted(key, PERIOD))
			.params(at, at, workspace.value(), start(period), end(period))
			.query(DirectFigures::figures)
			.list();
	}

	private static Timestamp start(Period period) {
		return period.from() == null ? null : Timestamp.from(period.from().atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static Timestamp end(Period period) {
		return period.to() == null ? null
				: Timestamp.from(period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static Figures figures(ResultSet rs, int row) throws SQLException {
		return new Figures(rs.getString("label"), rs.getLong("opened"), rs.getLong("open"), rs.getLong("recovered"),
				rs.getLong("lost"), rs.getLong("unknown"), duration(rs, "first_contact_seconds"),
				duration(rs, "resolution_seconds"),
				share(rs.getLong("first_contact_met"), rs.getLong("first_contact_decided")),
				share(rs.getLong("resolution_met"), rs.getLong("resolution_decided")), rs.getLong("compensated"));
	}

	private static Optional<Duration> duration(ResultSet rs, String column) throws SQLException {
		BigDecimal seconds = rs.getBigDecimal(column);
		return seconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds.longValue()));
	}

	private static Optional<Double> share(long part, long whole) {
		return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
	}

	Map<String, BigDecimal> compensation(WorkspaceId workspace, Period period) {
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.currency, sum(e.amount) as spent from recovery_case_entry e
				join recovery_case c on c.id = e.case_id
				where c.workspace_id = ? and e.kind = 'COMPENSATION' and e.currency <> ''%s
				group by e.currency order by e.currency""".formatted(PERIOD.replace("opened_at", "c.opened_at")))
			.params(workspace.value(), start(period), end(period))
			.query((rs, row) -> spent.put(rs.getString("currency"), rs.getBigDecimal("spent")))
			.list();
		return spent;
	}

	/** The latest root cause of each case, counted per touchpoint and cause. */
	List<RootCauseCount> rootCauses(WorkspaceId workspace, Period period) {
		return this.jdbc
			.sql("""
					select touchpoint_key, code, count(*) as cases from (
					  select distinct on (e.case_id) e.touchpoint_key, e.code from recovery_case_entry e
					  join recovery_case c on c.id = e.case_id
					  where c.workspace_id = ? and e.kind = 'ROOT_CAUSE'%s order by e.case_id, e.id desc) latest
					group by touchpoint_key, code order by cases desc, code"""
				.formatted(PERIOD.replace("opened_at", "c.opened_at")))
			.params(workspace.value(), start(period), end(period))
			.query((rs, row) -> new RootCauseCount((UUID) rs.getObject("touchpoint_key"),
					RootCause.valueOf(rs.getString("code")), rs.getLong("cases")))
			.list();
	}

	/**
	 * NPS of later moments: of recovered customers after their recovery, of lost
	 * customers after the loss, and of customers who never had a bad moment nor a case.
	 */
	List<ParadoxGroup> paradox(WorkspaceId workspace) {
		Map<String, ParadoxGroup> groups = new LinkedHashMap<>();
		for (String group : List.of("RECOVERED", "NEVER_HURT", "NOT_RECOVERED")) {
			groups.put(group, new ParadoxGroup(group, 0, 0, Optional.empty()));
		}
		this.jdbc
			.sql("""
					with outcome as (
					  select customer_ref, max(closed_at) filter (where state = 'RECOVERED') as recovered_at,
					    max(closed_at) filter (where state = 'LOST') as lost_at
					  from recovery_case where workspace_id = ? and customer_ref <> '' group by customer_ref),
					hurt as (
					  select distinct customer_ref from recovery_moment
					  where workspace_id = ? and verdict in ('BAD', 'CRITICAL')),
					grouped as (
					  select m.customer_ref, m.nps, case
					    when o.recovered_at is not null and m.occurred_at > o.recovered_at then 'RECOVERED'
					    when o.recovered_at is null and o.lost_at is not null and m.occurred_at > o.lost_at then 'NOT_RECOVERED'
					    when o.customer_ref is null and h.customer_ref is null then 'NEVER_HURT' end as grp
					  from recovery_moment m left join outcome o on o.customer_ref = m.customer_ref
					  left join hurt h on h.customer_ref = m.customer_ref
					  where m.workspace_id = ? and m.nps is not null)
					select grp, count(distinct customer_ref) as customers, count(*) as answers,
					  count(*) filter (where nps >= 9) as promoters, count(*) filter (where nps <= 6) as detractors
					from grouped where grp is not null group by grp""")
			.params(workspace.value(), workspace.value(), workspace.value())
			.query((rs, row) -> {
				long answers = rs.getLong("answers");
				double nps = 100.0 * (rs.getLong("promoters") - rs.getLong("detractors")) / answers;
				return groups.put(rs.getString("grp"),
						new ParadoxGroup(rs.getString("grp"), rs.getLong("customers"), answers, Optional.of(nps)));
			})
			.list();
		return List.copyOf(groups.values());
	}

}
