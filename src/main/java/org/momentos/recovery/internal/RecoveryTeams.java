package org.momentos.recovery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recovery teams, kept simply: one team name per member. Team names match touchpoint
 * owner teams case-insensitively ("Finanzas" = "finanzas").
 */
@Repository
public class RecoveryTeams {

	private final JdbcClient jdbc;

	RecoveryTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member's team, or {@code ""}. */
	public String teamOf(WorkspaceId workspace, String email) {
		return this.jdbc
			.sql("select team from recovery_team_member where workspace_id = ? and lower(member_email) = lower(?)")
			.params(workspace.value(), email)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** Every member with a team: email to team. */
	public Map<String, String> all(WorkspaceId workspace) {
		Map<String, String> teams = new LinkedHashMap<>();
		this.jdbc.sql(
				"select member_email, team from recovery_team_member where workspace_id = ? order by team, member_email")
			.param(workspace.value())
			.query((rs, row) -> teams.put(rs.getString("member_email"), rs.getString("team")))
			.list();
		return teams;
	}

	/** Puts the member in a team; a blank team takes them out of any. */
	public void place(WorkspaceId workspace, String email, String team) {
		if (team == null || team.isBlank()) {
			this.jdbc.sql("delete from recovery_team_member where workspace_id = ? and lower(member_email) = lower(?)")
				.params(workspace.value(), email)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into recovery_team_member (workspace_id, member_email, team) values (?, ?, ?)
				on conflict (workspace_id, member_email) do update set team = excluded.team""")
			.params(workspace.value(), email, team.strip())
			.update();
	}

	/**
	 * The next member of the team in turn (the one who got a case longest ago), among
	 * {@code eligible}; the turn moves on. Empty when the team has nobody eligible.
	 */
	public Optional<String> nextInTurn(WorkspaceId workspace, String team, Set<String> eligible, Instant now) {
		List<String> candidates = this.jdbc.sql("""
				select member_email from recovery_team_member where workspace_id = ? and lower(team) = lower(?)
				order by last_assigned_at nulls first, member_email for update""")
			.params(workspace.value(), team)
			.query(String.class)
			.list();
		Optional<String> next = candidates.stream().filter(eligible::contains).findFirst();
		next.ifPresent((email) -> this.jdbc
			.sql("update recovery_team_member set last_assigned_at = ? where workspace_id = ? and member_email = ?")
			.params(Timestamp.from(now), workspace.value(), email)
			.update());
		return next;
	}

}
