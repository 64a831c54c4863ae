package org.momentos.recovery.internal;

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
import org.momentos.recovery.RootCause;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the recovery dashboard: it reads the tallies kept by the triggers of
 * migrations V70-V72 (per workspace and UTC day of opening), the few cases whose deadline
 * passed since the last {@link DashboardTallies} run, and the recovery paradox per
 * workspace. The formulas are in docs/recovery.md.
 */
@Repository
public class FigureQueries {

	private static final Map<String, String> DIMENSIONS = Map.of("total", "T", "touchpoint", "P", "team", "M", "agent",
			"A");

	private static final Map<String, String> GROUPS = Map.of("total", "''", "touchpoint",
			"coalesce(touchpoint_key::text, '')", "team", "team", "agent", "assignee");

	/** Tallies of the days within the period (its bounds, when given, as UTC days). */
	private static final String DAYS = " and day >= coalesce(cast(? as date), '-infinity')"
			+ " and day <= coalesce(cast(? as date), 'infinity')";

	/** Cases opened within the period. */
	private static final String PERIOD = " and opened_at >= coalesce(cast(? as timestamptz), '-infinity')"
			+ " and opened_at < coalesce(cast(? as timestamptz), 'infinity')";

	private static final String CONTACT_LATE = "first_contact_at is null and not contact_lapsed and first_contact_due < ?";

	private static final String RESOLUTION_LATE = "resolved_at is null and not resolution_lapsed and resolution_due < ?";

	private final JdbcClient jdbc;

	/** At most this many changed customers are worked out again while a view waits. */
	static final int FOLD_IN_VIEW = 5_000;

	FigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures per group; a deadline counts as decided once passed, whether the job
	 * has marked the case yet or not (those not yet marked are read from the cases).
	 */
	public List<Figures> figures(WorkspaceId workspace, String grouping, Instant now, Period period) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql("""
					with tally as (
					  select label, sum(opened) as opened, sum(open) as open, sum(recovered) as recovered, sum(lost) as lost,
					    sum(unknown) as unknown, sum(contact_seconds) / nullif(sum(contacted), 0) as first_contact_seconds,
					    sum(resolution_seconds) / nullif(sum(resolved), 0) as resolution_seconds,
					    sum(contact_met) as first_contact_met, sum(contact_decided) as contact_decided_marked,
					    sum(resolution_met) as resolution_met, sum(resolution_decided) as resolution_decided_marked,
					    sum(compensated) as compensated
					  from recovery_case_tally where workspace_id = ? and dimension = ?%s group by label having sum(opened) > 0),
					late as (
					  select %s as label, count(*) filter (where %s) as contact_late, count(*) filter (where %s) as resolution_late
					  from recovery_case where workspace_id = ? and ((%s) or (%s))%s group by 1)
					select t.*, t.contact_decided_marked + coalesce(l.contact_late, 0) as first_contact_decided,
					  t.resolution_decided_marked + coalesce(l.resolution_late, 0) as resolution_decided
					from tally t left join late l on l.label = t.label order by t.opened desc, t.label"""
				.formatted(DAYS, GROUPS.get(grouping), CONTACT_LATE, RESOLUTION_LATE, CONTACT_LATE, RESOLUTION_LATE,
						PERIOD))
			.params(workspace.value(), DIMENSIONS.get(grouping), period.from(), period.to(), at, at, workspace.value(),
					at, at, start(period), end(period))
			.query(FigureQueries::figures)
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

	public Map<String, BigDecimal> compensation(WorkspaceId workspace, Period period) {
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		this.jdbc.sql("""
				select currency, case when sum(amounts) > 0 then sum(amount) end as spent
				from recovery_compensation_tally where workspace_id = ?%s
				group by currency having sum(entries) > 0 order by currency""".formatted(DAYS))
			.params(workspace.value(), period.from(), period.to())
			.query((rs, row) -> spent.put(rs.getString("currency"), rs.getBigDecimal("spent")))
			.list();
		return spent;
	}

	/** The latest root cause of each case, counted per touchpoint and cause. */
	public List<RootCauseCount> rootCauses(WorkspaceId workspace, Period period) {
		return this.jdbc.sql("""
				select touchpoint_key, code, sum(cases) as cases from recovery_cause_tally where workspace_id = ?%s
				group by touchpoint_key, code having sum(cases) > 0 order by cases desc, code""".formatted(DAYS))
			.params(workspace.value(), period.from(), period.to())
			.query((rs, row) -> new RootCauseCount((UUID) rs.getObject("touchpoint_key"),
					RootCause.valueOf(rs.getString("code")), rs.getLong("cases")))
			.list();
	}

	/**
	 * NPS of later moments: of recovered customers after their recovery, of lost
	 * customers after the loss, and of customers who never had a bad moment nor a case.
	 * The customers changed since the last read are worked out again first, unless more
	 * than {@link #FOLD_IN_VIEW} wait (an import, a re-analysis): then the view shows the
	 * figures of the last fold, and the minute job ({@link DashboardTallies}) catches up,
	 * where folding 500,000 customers made every view take close to a second.
	 */
	public List<ParadoxGroup> paradox(WorkspaceId workspace) {
		Map<String, ParadoxGroup> groups = new LinkedHashMap<>();
		for (String group : List.of("RECOVERED", "NEVER_HURT", "NOT_RECOVERED")) {
			groups.put(group, new ParadoxGroup(group, 0, 0, Optional.empty()));
		}
		if (waitingCustomers(workspace) <= FOLD_IN_VIEW) {
			this.jdbc.sql("select recovery_paradox_fold(?)").param(workspace.value()).query((rs, row) -> row).list();
		}
		this.jdbc.sql("""
				select grp, customers, answers, promoters, detractors from recovery_paradox
				where workspace_id = ? and answers > 0""").param(workspace.value()).query((rs, row) -> {
			long answers = rs.getLong("answers");
			double nps = 100.0 * (rs.getLong("promoters") - rs.getLong("detractors")) / answers;
			return groups.put(rs.getString("grp"),
					new ParadoxGroup(rs.getString("grp"), rs.getLong("customers"), answers, Optional.of(nps)));
		}).list();
		return List.copyOf(groups.values());
	}

	/**
	 * How many changed customers wait to be worked out again, counted up to one more than
	 * a view folds.
	 */
	private long waitingCustomers(WorkspaceId workspace) {
		return this.jdbc
			.sql("select count(*) from (select 1 from recovery_customer_dirty where workspace_id = ? limit ?) w")
			.params(workspace.value(), FOLD_IN_VIEW + 1)
			.query(Long.class)
			.single();
	}

}
