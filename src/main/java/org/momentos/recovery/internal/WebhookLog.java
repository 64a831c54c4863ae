package org.momentos.recovery.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook deliveries and their attempts ({@code recovery_webhook_delivery}). */
@Repository
class WebhookLog {

	private final JdbcClient jdbc;

	WebhookLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(WorkspaceId workspace, long webhook, String event, String payload, Instant now) {
		return this.jdbc.sql("""
				insert into recovery_webhook_delivery (workspace_id, webhook_id, event, payload, next_attempt_at,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(workspace.value(), webhook, event, payload, ts(now), ts(now), ts(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Claims the pending deliveries due by {@code now}, oldest first, with their webhook:
	 * each is leased for ten minutes, so a delivery is never attempted twice at once.
	 */
	List<Pending> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				update recovery_webhook_delivery d set next_attempt_at = ?
				from recovery_webhook w
				where w.id = d.webhook_id and d.id in (select id from recovery_webhook_delivery
				  where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ?
				  for update skip locked)
				returning d.id, d.workspace_id, d.event, d.payload, d.attempts, w.url, w.secret""")
			.params(ts(now.plus(Duration.ofMinutes(10))), ts(now), limit)
			.query((rs, row) -> new Pending(rs.getLong("id"), new WorkspaceId(rs.getLong("workspace_id")),
					rs.getString("event"), rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"),
					rs.getString("secret")))
			.list();
	}

	/**
	 * Records one attempt: delivered, failed for good, or to try again at {@code next}; a
	 * null {@code error} keeps the previous one.
	 */
	void attempted(long id, String status, String error, Instant next, Instant now) {
		this.jdbc.sql("""
				update recovery_webhook_delivery set status = ?, attempts = attempts + 1,
				  last_error = coalesce(?, last_error), next_attempt_at = ?, updated_at = ? where id = ?""")
			.params(status, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error,
					next == null ? null : ts(next), ts(now), id)
			.update();
	}

	/** The workspace's latest deliveries, newest first. */
	List<Entry> latest(WorkspaceId workspace, int limit) {
		return this.jdbc.sql("""
				select d.id, d.event, d.status, d.attempts, d.last_error, d.next_attempt_at, d.updated_at, w.url
				from recovery_webhook_delivery d join recovery_webhook w on w.id = d.webhook_id
				where d.workspace_id = ? order by d.id desc limit ?""")
			.params(workspace.value(), limit)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("url"), rs.getString("event"),
					rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
					CaseStore.instant(rs, "next_attempt_at"), CaseStore.instant(rs, "updated_at")))
			.list();
	}

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

	/** A delivery to attempt. */
	record Pending(long id, WorkspaceId workspace, String event, String payload, int attempts, String url,
			String secret) {
	}

	/** A delivery as admins see it. */
	record Entry(long id, String url, String event, String status, int attempts, String lastError,
			Instant nextAttemptAt, Instant updatedAt) {
	}

}
