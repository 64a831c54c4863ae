package org.momentos.recovery.internal;

import java.sql.Timestamp;

import org.momentos.analytics.Verdict;
import org.momentos.signal.Signal;

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

	void record(Signal signal, Verdict verdict) {
		if (signal.customerReference() == null || signal.customerReference().isBlank()) {
			return;
		}
		this.jdbc.sql("""
				insert into recovery_moment (workspace_id, signal_id, customer_ref, verdict, nps, occurred_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (workspace_id, signal_id) do update set verdict = excluded.verdict""")
			.params(signal.workspace().value(), signal.id().value(), signal.customerReference(), verdict.name(),
					signal.scores().nps(), Timestamp.from(signal.occurredAt()))
			.update();
	}

}
