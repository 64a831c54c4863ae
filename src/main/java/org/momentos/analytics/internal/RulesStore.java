package org.momentos.analytics.internal;

import org.momentos.analytics.VerdictRules;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each workspace's verdict rules; the defaults until the workspace changes them. */
@Repository
public class RulesStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	RulesStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public VerdictRules rulesOf(WorkspaceId workspace) {
		return this.jdbc.sql("select rules from verdict_rules where workspace_id = ?")
			.param(workspace.value())
			.query(String.class)
			.optional()
			.map((text) -> json.readValue(text, VerdictRules.class))
			.orElse(VerdictRules.DEFAULTS);
	}

	public void save(WorkspaceId workspace, VerdictRules rules, String actor) {
		this.jdbc.sql("""
				insert into verdict_rules (workspace_id, rules, updated_by) values (?, cast(? as jsonb), ?)
				on conflict (workspace_id) do update set rules = excluded.rules, updated_by = excluded.updated_by,
				  updated_at = now()""").params(workspace.value(), json.writeValueAsString(rules), actor).update();
	}

}
