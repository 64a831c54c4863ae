package org.momentos.recovery.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.momentos.platform.PgArrays;
import org.momentos.recovery.Case;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.TimelineEntry;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases of a batch of signals, written and read a batch at a time: what the alert
 * rules need when thousands of verdicts arrive together (one statement per batch, not per
 * case).
 */
@Repository
class CaseBatches {

	private final JdbcClient jdbc;

	CaseBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores new cases of one workspace, each about a signal, with their first timeline
	 * entries: two statements for the whole batch. A signal that already has a case
	 * (before or earlier in the batch) gets none.
	 * @return the new cases by signal
	 */
	public Map<SignalId, CaseId> insertAll(WorkspaceId workspace, List<Case> opened) {
		Map<SignalId, Case> bySignal = new LinkedHashMap<>();
		for (Case aCase : opened) {
			if (!aCase.file().workspace().equals(workspace) || aCase.file().signal() == null) {
				throw new IllegalArgumentException("Cases opened together are about signals of one workspace");
			}
			bySignal.putIfAbsent(aCase.file().signal(), aCase);
		}
		Map<SignalId, CaseId> ids = new LinkedHashMap<>();
		if (bySignal.isEmpty()) {
			return ids;
		}
		List<Case> cases = List.copyOf(bySignal.values());
		this.jdbc
			.sql("""
					insert into recovery_case (workspace_id, signal_id, customer_ref, touchpoint_key, subject, rule, opened_at,
					  state, priority, assignee, team, first_contact_due, resolution_due)
					select ?, c.* from unnest(?::bigint[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[],
					  ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
					  as c (signal_id, customer_ref, touchpoint_key, subject, rule, opened_at, state, priority, assignee, team,
					    first_contact_due, resolution_due)
					on conflict do nothing returning signal_id, id""")
			.params(workspace.value(), column(cases, (c) -> c.file().signal().value()),
					column(cases, (c) -> c.file().customerReference()), column(cases, (c) -> c.file().touchpointKey()),
					column(cases, (c) -> c.file().subject()), column(cases, (c) -> c.file().rule()),
					column(cases, (c) -> c.file().openedAt()), column(cases, (c) -> c.snapshot().state().name()),
					column(cases, (c) -> c.snapshot().priority().name()), column(cases, (c) -> c.snapshot().assignee()),
					column(cases, (c) -> c.snapshot().team()), column(cases, (c) -> c.snapshot().firstContactDue()),
					column(cases, (c) -> c.snapshot().resolutionDue()))
			.query((rs) -> {
				ids.put(new SignalId(rs.getLong(1)), new CaseId(rs.getLong(2)));
			});
		Map<CaseId, List<TimelineEntry>> entries = new LinkedHashMap<>();
		ids.forEach((signal, id) -> entries.put(id, bySignal.get(signal).recorded()));
		appendEntries(entries);
		return ids;
	}

	/** The cases of these signals, in one query; signals without a case are left out. */
	public Map<SignalId, CaseId> ofSignals(WorkspaceId workspace, Collection<SignalId> signals) {
		Map<SignalId, CaseId> cases = new HashMap<>();
		if (signals.isEmpty()) {
			return cases;
		}
		// unnest and join: the index on (workspace, signal) whatever the statistics say
		// of
		// a table growing fast (signal_id = any(...) fell back to sequential scans).
		this.jdbc.sql("""
				select c.signal_id, c.id from unnest(?::bigint[]) as wanted (id)
				join recovery_case c on c.workspace_id = ? and c.signal_id = wanted.id where c.signal_id is not null""")
			.params(PgArrays.of(signals.stream().map(SignalId::value).toList()), workspace.value())
			.query((rs) -> {
				cases.putIfAbsent(new SignalId(rs.getLong(1)), new CaseId(rs.getLong(2)));
			});
		return cases;
	}

	/** The entries of many cases in one statement, in order. */
	private void appendEntries(Map<CaseId, List<TimelineEntry>> entries) {
		List<Long> cases = new ArrayList<>();
		List<TimelineEntry> all = new ArrayList<>();
		entries.forEach((id, list) -> list.forEach((entry) -> {
			cases.add(id.value());
			all.add(entry);
		}));
		if (all.isEmpty()) {
			return;
		}
		List<TimelineRows.Row> rows = all.stream().map(TimelineRows::row).toList();
		this.jdbc
			.sql("""
					insert into recovery_case_entry (case_id, kind, at, actor, text, code, code2, amount, currency, touchpoint_key)
					select e.case_id, e.kind, e.at, e.actor, e.text, e.code, e.code2, e.amount, e.currency, e.touchpoint_key
					from unnest(?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],
					  ?::numeric[], ?::text[], ?::uuid[]) with ordinality
					  as e (case_id, kind, at, actor, text, code, code2, amount, currency, touchpoint_key, n)
					order by e.n""")
			.params(PgArrays.of(cases), column(rows, TimelineRows.Row::kind), column(all, TimelineEntry::at),
					column(all, TimelineEntry::actor), column(rows, TimelineRows.Row::text),
					column(rows, TimelineRows.Row::code), column(rows, TimelineRows.Row::code2),
					column(rows, TimelineRows.Row::amount), column(rows, TimelineRows.Row::currency),
					column(rows, TimelineRows.Row::touchpointKey))
			.update();
	}

	private static <T> String column(List<T> rows, Function<T, Object> value) {
		return PgArrays.of(rows.stream().map(value).toList());
	}

}
