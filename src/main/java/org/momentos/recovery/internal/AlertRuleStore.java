package org.momentos.recovery.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.momentos.analytics.Verdict;
import org.momentos.platform.PgArrays;
import org.momentos.recovery.AlertActions;
import org.momentos.recovery.AlertActions.Assignment;
import org.momentos.recovery.AlertConditions;
import org.momentos.recovery.AlertRule;
import org.momentos.recovery.Priority;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alert rules in PostgreSQL, conditions and actions as JSON. A workspace gets the default
 * rules the first time recovery looks at it; deleting them later is the workspace's
 * choice.
 */
@Repository
public class AlertRuleStore {

	/** Critical signals open a case for the touchpoint's owner team. */
	static final AlertRule CRITICAL_MOMENTS = new AlertRule(0, "recovery.rule.default.critical", true,
			AlertConditions.any().withVerdicts(Set.of(Verdict.CRITICAL)),
			new AlertActions(true, null, Assignment.TOUCHPOINT_OWNER_TEAM, "", List.of(), true));

	/** Detractors who agreed to be contacted open a high-priority case. */
	static final AlertRule CONSENTING_DETRACTORS = new AlertRule(0, "recovery.rule.default.detractors", true,
			AlertConditions.any().withNpsAtMost(6).withContactConsent(true),
			new AlertActions(true, Priority.HIGH, Assignment.TOUCHPOINT_OWNER_TEAM, "", List.of(), true));

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AlertRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The workspace's rules in the order they are tried, creating the defaults once. */
	public List<AlertRule> rules(WorkspaceId workspace) {
		ensureDefaults(workspace);
		return this.jdbc.sql("select * from recovery_alert_rule where workspace_id = ? order by position, id")
			.param(workspace.value())
			.query((rs, row) -> new AlertRule(rs.getLong("id"), rs.getString("name"), rs.getBoolean("enabled"),
					json.readValue(rs.getString("conditions"), AlertConditions.class),
					json.readValue(rs.getString("actions"), AlertActions.class)))
			.list();
	}

	private void ensureDefaults(WorkspaceId workspace) {
		boolean first = this.jdbc.sql(
				"insert into recovery_workspace (workspace_id) values (?) on conflict do nothing returning workspace_id")
			.param(workspace.value())
			.query(Long.class)
			.optional()
			.isPresent();
		if (first) {
			insert(workspace, CRITICAL_MOMENTS, 1);
			insert(workspace, CONSENTING_DETRACTORS, 2);
		}
	}

	/**
	 * Adds a rule, tried before the existing ones: a new rule is usually more specific
	 * than the defaults.
	 */
	public long add(WorkspaceId workspace, AlertRule rule) {
		ensureDefaults(workspace);
		int top = this.jdbc.sql("select coalesce(min(position), 1) from recovery_alert_rule where workspace_id = ?")
			.param(workspace.value())
			.query(Integer.class)
			.single();
		return insert(workspace, rule, top - 1);
	}

	private long insert(WorkspaceId workspace, AlertRule rule, int position) {
		return this.jdbc.sql("""
				insert into recovery_alert_rule (workspace_id, name, position, enabled, conditions, actions)
				values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) returning id""")
			.params(workspace.value(), rule.name(), position, rule.enabled(),
					json.writeValueAsString(rule.conditions()), json.writeValueAsString(rule.actions()))
			.query(Long.class)
			.single();
	}

	/** The rule, if it is one of the workspace's. */
	public Optional<AlertRule> find(WorkspaceId workspace, long id) {
		return rules(workspace).stream().filter((rule) -> rule.id() == id).findFirst();
	}

	/** Changes a rule's name, conditions and actions; its place and switch stay. */
	public boolean update(WorkspaceId workspace, long id, AlertRule rule) {
		return this.jdbc.sql("""
				update recovery_alert_rule set name = ?, conditions = cast(? as jsonb), actions = cast(? as jsonb)
				where workspace_id = ? and id = ?""")
			.params(rule.name(), json.writeValueAsString(rule.conditions()), json.writeValueAsString(rule.actions()),
					workspace.value(), id)
			.update() == 1;
	}

	public boolean setEnabled(WorkspaceId workspace, long id, boolean enabled) {
		return this.jdbc.sql("update recovery_alert_rule set enabled = ? where workspace_id = ? and id = ?")
			.params(enabled, workspace.value(), id)
			.update() == 1;
	}

	public Optional<String> delete(WorkspaceId workspace, long id) {
		return this.jdbc.sql("delete from recovery_alert_rule where workspace_id = ? and id = ? returning name")
			.params(workspace.value(), id)
			.query(String.class)
			.optional();
	}

	/**
	 * Claims the firing of a rule for these signals in one statement; the signals it had
	 * not fired for yet (those it fires for now).
	 */
	public Set<SignalId> claimFirings(long ruleId, Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return Set.of();
		}
		Set<SignalId> claimed = new HashSet<>();
		this.jdbc.sql("""
				insert into recovery_alert_firing (rule_id, signal_id) select ?, unnest(?::bigint[])
				on conflict do nothing returning signal_id""")
			.params(ruleId, PgArrays.of(signals.stream().distinct().map(SignalId::value).toList()))
			.query((rs) -> {
				claimed.add(new SignalId(rs.getLong(1)));
			});
		return claimed;
	}

}
