package org.momentos.recovery.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.momentos.recovery.FollowUpThreshold;
import org.momentos.recovery.Priority;
import org.momentos.recovery.SlaPolicy;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A workspace's recovery settings: its SLA targets per priority, its follow-up threshold
 * and its follow-up survey. What a workspace has not set keeps the defaults of
 * {@code momentos.recovery.*}.
 */
@Repository
public class RecoverySettingsStore {

	private final JdbcClient jdbc;

	private final SlaPolicy defaults;

	private final FollowUpThreshold defaultThreshold;

	RecoverySettingsStore(JdbcClient jdbc, RecoveryProperties properties) {
		this.jdbc = jdbc;
		this.defaults = properties.slaPolicy();
		this.defaultThreshold = properties.followUp().threshold();
	}

	/** The workspace's SLA policy. */
	public SlaPolicy policyOf(WorkspaceId workspace) {
		Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(this.defaults.targets());
		this.jdbc.sql("""
				select priority, first_contact_minutes, resolution_minutes from recovery_sla_target
				where workspace_id = ?""").param(workspace.value()).query((rs, row) -> {
			targets.put(Priority.valueOf(rs.getString(1)),
					new SlaPolicy.Targets(Duration.ofMinutes(rs.getInt(2)), Duration.ofMinutes(rs.getInt(3))));
			return null;
		}).list();
		return new SlaPolicy(targets, this.defaults.warnAt());
	}

	/** Sets one priority's targets (whole minutes). */
	public void saveTargets(WorkspaceId workspace, Priority priority, SlaPolicy.Targets targets) {
		this.jdbc.sql("""
				insert into recovery_sla_target (workspace_id, priority, first_contact_minutes, resolution_minutes)
				values (?, ?, ?, ?) on conflict (workspace_id, priority) do update
				set first_contact_minutes = excluded.first_contact_minutes,
				    resolution_minutes = excluded.resolution_minutes""")
			.params(workspace.value(), priority.name(), targets.firstContact().toMinutes(),
					targets.resolution().toMinutes())
			.update();
	}

	/** When a follow-up answer counts as recovered in the workspace. */
	public FollowUpThreshold thresholdOf(WorkspaceId workspace) {
		return this.jdbc.sql("select min_csat, min_nps from recovery_settings where workspace_id = ?")
			.param(workspace.value())
			.query((rs, row) -> new FollowUpThreshold(
					rs.getObject(1) == null ? this.defaultThreshold.minCsat() : rs.getInt(1),
					rs.getObject(2) == null ? this.defaultThreshold.minNps() : rs.getInt(2)))
			.optional()
			.orElse(this.defaultThreshold);
	}

	public void saveThreshold(WorkspaceId workspace, FollowUpThreshold threshold) {
		this.jdbc.sql("""
				insert into recovery_settings (workspace_id, min_csat, min_nps) values (?, ?, ?)
				on conflict (workspace_id) do update set min_csat = excluded.min_csat, min_nps = excluded.min_nps""")
			.params(workspace.value(), threshold.minCsat(), threshold.minNps())
			.update();
	}

	/** The survey follow-ups go out with, once there is one. */
	public Optional<Long> followUpSurvey(WorkspaceId workspace) {
		return this.jdbc.sql("""
				select follow_up_survey_id from recovery_settings
				where workspace_id = ? and follow_up_survey_id is not null""")
			.param(workspace.value())
			.query(Long.class)
			.optional();
	}

	public void rememberFollowUpSurvey(WorkspaceId workspace, long survey) {
		this.jdbc.sql("""
				insert into recovery_settings (workspace_id, follow_up_survey_id) values (?, ?)
				on conflict (workspace_id) do update set follow_up_survey_id = excluded.follow_up_survey_id""")
			.params(workspace.value(), survey)
			.update();
	}

}
