package org.momentos.workspace.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join a workspace. The link holds a random token that works once, for
 * seven days; only the token's hash is stored.
 */
@Service
public class MemberInvitations {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Workspaces workspaces;

	MemberInvitations(JdbcClient jdbc, Workspaces workspaces) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
	}

	/**
	 * Invites {@code email} with {@code role} and returns the token for the invitation
	 * link.
	 */
	@Transactional
	public String invite(WorkspaceAccess access, String email, Role role, long invitedBy) {
		access.require(Permission.MANAGE_MEMBERS);
		if (role == Role.OWNER || access.role() == null || !access.role().mayGrant(role)) {
			throw Problem.invalid("members.roleTooHigh");
		}
		String trimmed = email == null ? "" : email.trim();
		if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || trimmed.length() > 320) {
			throw Problem.invalid("account.email.invalid");
		}
		String token = Secrets.newToken();
		this.jdbc.sql("""
				insert into member_invitation (workspace_id, email, role, token_hash, invited_by, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(access.workspaceId().value(), trimmed, role.name(), Secrets.hash(token), invitedBy,
					java.sql.Timestamp.from(Instant.now().plus(VALIDITY)))
			.update();
		return token;
	}

	public List<Invitation> pending(WorkspaceId workspace) {
		return this.jdbc.sql("""
				select i.id, i.workspace_id, i.email, i.role, i.expires_at, w.slug, w.name from member_invitation i
				join workspace w on w.id = i.workspace_id
				where i.workspace_id = ? and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
				order by i.created_at desc""")
			.param(workspace.value())
			.query((rs, row) -> new Invitation(rs.getLong("id"), new WorkspaceId(rs.getLong("workspace_id")),
					rs.getString("slug"), rs.getString("name"), rs.getString("email"),
					Role.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	@Transactional
	public void revoke(WorkspaceAccess access, long invitationId) {
		access.require(Permission.MANAGE_MEMBERS);
		int updated = this.jdbc.sql("""
				update member_invitation set revoked_at = now()
				where id = ? and workspace_id = ? and accepted_at is null and revoked_at is null""")
			.params(invitationId, access.workspaceId().value())
			.update();
		if (updated == 0) {
			throw Problem.notFound("members.invitation.notFound");
		}
	}

	/**
	 * The open invitation behind a token; empty when unknown, used, revoked or expired.
	 */
	public Optional<Invitation> find(String token) {
		return this.jdbc.sql("""
				select i.id, i.workspace_id, i.email, i.role, i.expires_at, w.slug, w.name from member_invitation i
				join workspace w on w.id = i.workspace_id
				where i.token_hash = ? and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()""")
			.param(Secrets.hash(token))
			.query((rs, row) -> new Invitation(rs.getLong("id"), new WorkspaceId(rs.getLong("workspace_id")),
					rs.getString("slug"), rs.getString("name"), rs.getString("email"),
					Role.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	/** Makes {@code user} a member; the token cannot be used again. */
	@Transactional
	public Invitation accept(String token, MomentosUser user) {
		Invitation invitation = find(token).orElseThrow(() -> Problem.invalid("invitation.invalid"));
		int claimed = this.jdbc
			.sql("update member_invitation set accepted_at = now() where id = ? and accepted_at is null")
			.param(invitation.id())
			.update();
		if (claimed == 0) {
			throw Problem.invalid("invitation.invalid");
		}
		this.workspaces.addMember(invitation.workspaceId(), user.id(), invitation.role());
		return invitation;
	}

	/** An invitation still waiting to be accepted. */
	public record Invitation(long id, WorkspaceId workspaceId, String workspaceSlug, String workspaceName, String email,
			Role role, Instant expiresAt) {
	}

}
