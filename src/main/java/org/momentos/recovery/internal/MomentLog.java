package org.momentos.recovery.internal;

import java.util.List;
import java.util.function.Function;

import org.momentos.analytics.Verdict;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recovery's own record of judged moments of known customers: the later loyalty of
 * recovered, lost and never-hurt customers is computed from it.
 */
@Repository
class MomentLog {

	private final JdbcClient jdbc;

	MomentLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the moments of these signals (those of known customers) in one statement.
	 */
	void recordAll(List<Signal> signals, Function<SignalId, Verdict> verdicts) {
		List<Signal> known = signals.stream()
			.filter((signal) -> signal.customerReference() != null && !signal.customerReference().isBlank())
			.toList();
		if (known.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into recovery_moment (workspace_id, signal_id, customer_ref, verdict, nps, occurred_at)
				select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::smallint[], ?::timestamptz[])
				on conflict (workspace_id, signal_id) do update set verdict = excluded.verdict""")
			.params(array(known, (signal) -> signal.workspace().value()), array(known, (signal) -> signal.id().value()),
					array(known, Signal::customerReference), array(known, (signal) -> verdicts.apply(signal.id())),
					array(known, (signal) -> signal.scores().nps()), array(known, Signal::occurredAt))
			.update();
	}

	private static String array(List<Signal> signals, Function<Signal, Object> value) {
		StringBuilder array = new StringBuilder("{");
		for (Signal signal : signals) {
			Object item = value.apply(signal);
			array.append(array.length() > 1 ? "," : "");
			array.append(
					item == null ? "NULL" : '"' + item.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
		}
		return array.append('}').toString();
	}

}
