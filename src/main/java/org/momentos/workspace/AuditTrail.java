package org.momentos.workspace;

import java.time.Instant;
import java.util.List;

import org.momentos.platform.PgArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records who did what in a workspace; admins read it on the audit page. */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(WorkspaceAccess access, String action, String detail) {
		record(access.workspaceId(), access.actor(), action, detail);
	}

	public void record(WorkspaceId workspace, String actor, String action, String detail) {
		this.jdbc.sql("insert into audit_entry (workspace_id, actor, action, detail) values (?, ?, ?, ?)")
			.params(workspace.value(), actor, action, detail)
			.update();
	}

	/** Several entries of one actor and action, in one statement, in order. */
	public void recordAll(WorkspaceId workspace, String actor, String action, List<String> details) {
		if (details.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into audit_entry (workspace_id, actor, action, detail)
				select ?, ?, ?, d.detail from unnest(?::text[]) with ordinality as d (detail, n) order by d.n""")
			.params(workspace.value(), actor, action, PgArrays.of(details))
			.update();
	}

	public List<Entry> latest(WorkspaceId workspace, int limit) {
		return this.jdbc.sql(
				"select actor, action, detail, at from audit_entry where workspace_id = ? order by at desc, id desc limit ?")
			.params(workspace.value(), limit)
			.query((rs, row) -> new Entry(rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** One line of the audit trail. */
	public record Entry(String actor, String action, String detail, Instant at) {
	}

}
