package org.momentos.recovery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.momentos.recovery.Case;
import org.momentos.recovery.CaseFile;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.FollowUpStatus;
import org.momentos.recovery.InboxView;
import org.momentos.recovery.Priority;
import org.momentos.recovery.RootCause;
import org.momentos.recovery.SlaAlarm;
import org.momentos.recovery.SlaPolicy;
import org.momentos.recovery.TimelineEntry;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL. Every statement names the workspace; a save claims the case's
 * version, so an update based on a stale page is refused instead of lost.
 */
@Repository
public class CaseStore {

	private final JdbcClient jdbc;

	private final RecoverySettingsStore settings;

	CaseStore(JdbcClient jdbc, RecoverySettingsStore settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Stores a new case; empty when the signal already has one. */
	public Optional<CaseId> insert(Case opened) {
		CaseFile file = opened.file();
		Case.Snapshot s = opened.snapshot();
		Optional<CaseId> id = this.jdbc
			.sql("""
					insert into recovery_case (workspace_id, signal_id, customer_ref, touchpoint_key, subject, rule, opened_at,
					  state, priority, assignee, team, first_contact_due, resolution_due)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict do nothing returning id""")
			.params(file.workspace().value(), file.signal() == null ? null : file.signal().value(),
					file.customerReference(), file.touchpointKey(), file.subject(), file.rule(), ts(file.openedAt()),
					s.state().name(), s.priority().name(), s.assignee(), s.team(), ts(s.firstContactDue()),
					ts(s.resolutionDue()))
			.query(Long.class)
			.optional()
			.map(CaseId::new);
		id.ifPresent((caseId) -> appendEntries(caseId, opened.recorded()));
		return id;
	}

	/** Saves the case over the version it was read at; false when someone saved first. */
	public boolean save(Case changed) {
		Case.Snapshot s = changed.snapshot();
		int updated = this.jdbc.sql("""
				update recovery_case set state = ?, priority = ?, assignee = ?, team = ?, first_contact_at = ?,
				  resolved_at = ?, closed_at = ?, first_contact_due = ?, resolution_due = ?, alarms = ?, follow_up = ?,
				  follow_up_at = ?, root_cause = ?, version = version + 1
				where workspace_id = ? and id = ? and version = ?""")
			.params(s.state().name(), s.priority().name(), s.assignee(), s.team(), ts(s.firstContactAt()),
					ts(s.resolvedAt()), ts(s.closedAt()), ts(s.firstContactDue()), ts(s.resolutionDue()),
					s.alarms().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), s.followUp().name(),
					ts(s.followUpAt()), s.rootCause() == null ? null : s.rootCause().name(),
					changed.file().workspace().value(), changed.id().value(), s.version())
			.update();
		if (updated == 1) {
			appendEntries(changed.id(), changed.recorded());
		}
		return updated == 1;
	}

	public Optional<Case> find(WorkspaceId workspace, CaseId id) {
		return this.jdbc.sql("select * from recovery_case where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.query(cases())
			.optional();
	}

	public Optional<CaseId> ofSignal(WorkspaceId workspace, SignalId signal) {
		return this.jdbc.sql("select id from recovery_case where workspace_id = ? and signal_id = ?")
			.params(workspace.value(), signal.value())
			.query(Long.class)
			.optional()
			.map(CaseId::new);
	}

	public boolean hasOpenCase(WorkspaceId workspace, String customerReference) {
		return this.jdbc.sql("""
				select exists (select 1 from recovery_case where workspace_id = ? and customer_ref = ?
				  and state in ('OPEN', 'CONTACTED'))""")
			.params(workspace.value(), customerReference)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The cases a query selects, at most 500, in id order (the service sorts them for
	 * people).
	 */
	public List<Case> list(WorkspaceId workspace, CaseQuery query) {
		StringBuilder sql = new StringBuilder("select * from recovery_case where workspace_id = ?");
		List<Object> params = new ArrayList<>(List.of(workspace.value()));
		String me = query.member();
		String team = query.team();
		switch (query.view()) {
			case MINE -> {
				sql.append(" and lower(assignee) = lower(?)");
				params.add(me);
			}
			case TEAM -> {
				sql.append(" and team <> '' and lower(team) = lower(?)");
				params.add(team);
			}
			case ALL -> {
				if (!query.everything()) {
					sql.append(" and (lower(assignee) = lower(?) or (team <> '' and lower(team) = lower(?))"
							+ " or (assignee = '' and team = ''))");
					params.add(me);
					params.add(team);
				}
			}
		}
		if (!query.states().isEmpty()) {
			sql.append(" and state in (")
				.append(String.join(", ", query.states().stream().map((state) -> "?").toList()))
				.append(")");
			query.states().forEach((state) -> params.add(state.name()));
		}
		if (query.priority() != null) {
			sql.append(" and priority = ?");
			params.add(query.priority().name());
		}
		sql.append(" order by id desc limit 500");
		return this.jdbc.sql(sql.toString()).params(params).query(cases()).list();
	}

	/**
	 * What the inbox asks for.
	 *
	 * @param member the caller's email
	 * @param team the caller's team ({@code ""} when none)
	 * @param everything whether the caller may see every case
	 * @param view mine, my team's, or all I may see
	 * @param states only these states (empty: any)
	 * @param priority only this priority ({@code null}: any)
	 */
	public record CaseQuery(String member, String team, boolean everything, InboxView view, Set<CaseState> states,
			Priority priority) {
	}

	/**
	 * Cases of every workspace still worked or waiting for a follow-up, for the SLA
	 * watch.
	 */
	public List<Case> watched() {
		return this.jdbc.sql(
				"select * from recovery_case where state in ('OPEN', 'CONTACTED') or follow_up in ('REQUESTED', 'REMINDED')")
			.query(cases())
			.list();
	}

	/** Other cases of the same customer, newest first. */
	public List<Case> ofCustomer(WorkspaceId workspace, String customerReference) {
		return this.jdbc.sql("select * from recovery_case where workspace_id = ? and customer_ref = ? order by id desc")
			.params(workspace.value(), customerReference)
			.query(cases())
			.list();
	}

	public List<TimelineEntry> timeline(WorkspaceId workspace, CaseId id) {
		return this.jdbc.sql("""
				select e.* from recovery_case_entry e join recovery_case c on c.id = e.case_id
				where c.workspace_id = ? and c.id = ? order by e.at, e.id""")
			.params(workspace.value(), id.value())
			.query(TimelineRows::entry)
			.list();
	}

	private void appendEntries(CaseId id, List<TimelineEntry> entries) {
		for (TimelineEntry entry : entries) {
			TimelineRows.Row row = TimelineRows.row(entry);
			this.jdbc
				.sql("""
						insert into recovery_case_entry (case_id, kind, at, actor, text, code, code2, amount, currency, touchpoint_key)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), row.kind(), ts(entry.at()), entry.actor(), row.text(), row.code(), row.code2(),
						row.amount(), row.currency(), row.touchpointKey())
				.update();
		}
	}

	/** Reads cases, each under its workspace's SLA policy (read once per query). */
	private RowMapper<Case> cases() {
		Map<WorkspaceId, SlaPolicy> policies = new HashMap<>();
		return (rs, row) -> aCase(rs, policies);
	}

	private Case aCase(ResultSet rs, Map<WorkspaceId, SlaPolicy> policies) throws SQLException {
		Number signal = (Number) rs.getObject("signal_id");
		CaseFile file = new CaseFile(new CaseId(rs.getLong("id")), new WorkspaceId(rs.getLong("workspace_id")),
				signal == null ? null : new SignalId(signal.longValue()), rs.getString("customer_ref"),
				(UUID) rs.getObject("touchpoint_key"), rs.getString("subject"), instant(rs, "opened_at"),
				rs.getString("rule"));
		String cause = rs.getString("root_cause");
		Case.Snapshot snapshot = new Case.Snapshot(CaseState.valueOf(rs.getString("state")),
				Priority.valueOf(rs.getString("priority")), rs.getString("assignee"), rs.getString("team"),
				instant(rs, "first_contact_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
				instant(rs, "first_contact_due"), instant(rs, "resolution_due"), alarms(rs.getString("alarms")),
				FollowUpStatus.valueOf(rs.getString("follow_up")), instant(rs, "follow_up_at"),
				cause == null ? null : RootCause.valueOf(cause), rs.getInt("version"));
		return Case.restore(file, snapshot, policies.computeIfAbsent(file.workspace(), this.settings::policyOf));
	}

	private static Set<SlaAlarm> alarms(String text) {
		Set<SlaAlarm> alarms = EnumSet.noneOf(SlaAlarm.class);
		Arrays.stream(text.split(",")).filter((name) -> !name.isBlank()).map(SlaAlarm::valueOf).forEach(alarms::add);
		return alarms;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
