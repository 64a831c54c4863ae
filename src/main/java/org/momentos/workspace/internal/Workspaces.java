package org.momentos.workspace.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces and who belongs to them with which role. */
@Service
public class Workspaces {

	private final JdbcClient jdbc;

	Workspaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a workspace whose first member, {@code owner}, is its owner. */
	@Transactional
	public Workspace create(String name, MomentosUser owner) {
		String trimmed = requireName(name);
		String slug = freeSlug(slugOf(trimmed));
		long id = this.jdbc.sql("insert into workspace (slug, name) values (?, ?) returning id")
			.params(slug, trimmed)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into membership (workspace_id, user_id, role) values (?, ?, 'OWNER')")
			.params(id, owner.id())
			.update();
		return new Workspace(new WorkspaceId(id), slug, trimmed);
	}

	public Optional<Workspace> findBySlug(String slug) {
		return this.jdbc.sql("select id, slug, name from workspace where slug = ?")
			.param(slug)
			.query((rs, row) -> new Workspace(new WorkspaceId(rs.getLong("id")), rs.getString("slug"),
					rs.getString("name")))
			.optional();
	}

	public Optional<Workspace> oldest() {
		return this.jdbc.sql("select id, slug, name from workspace order by id limit 1")
			.query((rs, row) -> new Workspace(new WorkspaceId(rs.getLong("id")), rs.getString("slug"),
					rs.getString("name")))
			.optional();
	}

	/**
	 * What {@code user} may do in the workspace named {@code slug}; empty when not a
	 * member.
	 */
	public Optional<WorkspaceAccess> accessOf(MomentosUser user, String slug) {
		return this.jdbc.sql("""
				select w.id, w.slug, w.name, m.role from workspace w
				join membership m on m.workspace_id = w.id and m.user_id = ?
				where w.slug = ?""").params(user.id(), slug).query((rs, row) -> {
			Role role = Role.valueOf(rs.getString("role"));
			return new WorkspaceAccess(new WorkspaceId(rs.getLong("id")), rs.getString("slug"), rs.getString("name"),
					user.email(), role, role.permissions());
		}).optional();
	}

	public List<Membership> workspacesOf(MomentosUser user) {
		return this.jdbc.sql("""
				select w.slug, w.name, m.role from workspace w join membership m on m.workspace_id = w.id
				where m.user_id = ? order by w.name""")
			.param(user.id())
			.query((rs, row) -> new Membership(rs.getString("slug"), rs.getString("name"),
					Role.valueOf(rs.getString("role"))))
			.list();
	}

	public List<Member> members(WorkspaceId workspace) {
		return this.jdbc.sql("""
				select u.id, u.email, u.display_name, m.role, m.joined_at from membership m
				join app_user u on u.id = m.user_id where m.workspace_id = ? order by u.display_name""")
			.param(workspace.value())
			.query((rs, row) -> new Member(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getTimestamp("joined_at").toInstant()))
			.list()
			.stream()
			.sorted(Comparator.comparing(Member::role))
			.toList();
	}

	@Transactional
	public void changeRole(WorkspaceAccess access, long userId, Role newRole) {
		Member member = memberOf(access, userId);
		requireMayManage(access, member.role());
		requireMayManage(access, newRole);
		if (member.role() == Role.OWNER && newRole != Role.OWNER) {
			requireAnotherOwner(access, userId);
		}
		this.jdbc.sql("update membership set role = ? where workspace_id = ? and user_id = ?")
			.params(newRole.name(), access.workspaceId().value(), userId)
			.update();
	}

	@Transactional
	public Member remove(WorkspaceAccess access, long userId) {
		Member member = memberOf(access, userId);
		requireMayManage(access, member.role());
		if (member.role() == Role.OWNER) {
			requireAnotherOwner(access, userId);
		}
		this.jdbc.sql("delete from membership where workspace_id = ? and user_id = ?")
			.params(access.workspaceId().value(), userId)
			.update();
		return member;
	}

	@Transactional
	public void addMember(WorkspaceId workspace, long userId, Role role) {
		this.jdbc.sql("""
				insert into membership (workspace_id, user_id, role) values (?, ?, ?)
				on conflict (workspace_id, user_id) do nothing""")
			.params(workspace.value(), userId, role.name())
			.update();
	}

	public void rename(WorkspaceAccess access, String name) {
		access.require(Permission.MANAGE_WORKSPACE);
		this.jdbc.sql("update workspace set name = ? where id = ?")
			.params(requireName(name), access.workspaceId().value())
			.update();
	}

	private Member memberOf(WorkspaceAccess access, long userId) {
		return members(access.workspaceId()).stream()
			.filter((member) -> member.userId() == userId)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("members.notFound"));
	}

	private void requireMayManage(WorkspaceAccess access, Role role) {
		access.require(Permission.MANAGE_MEMBERS);
		if (access.role() == null || !access.role().mayGrant(role)) {
			throw Problem.invalid("members.roleTooHigh");
		}
	}

	private void requireAnotherOwner(WorkspaceAccess access, long userId) {
		int otherOwners = this.jdbc
			.sql("select count(*) from membership where workspace_id = ? and role = 'OWNER' and user_id <> ?")
			.params(access.workspaceId().value(), userId)
			.query(Integer.class)
			.single();
		if (otherOwners == 0) {
			throw Problem.invalid("members.lastOwner");
		}
	}

	private static String requireName(String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 120) {
			throw Problem.invalid("workspace.name.invalid");
		}
		return trimmed;
	}

	static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
		return slug.isEmpty() ? "workspace" : slug;
	}

	private String freeSlug(String base) {
		String candidate = base;
		for (int suffix = 2; findBySlug(candidate).isPresent(); suffix++) {
			candidate = base + "-" + suffix;
		}
		return candidate;
	}

	/** A workspace as its members see it. */
	public record Workspace(WorkspaceId id, String slug, String name) {
	}

	/** One of a user's workspaces, with their role there. */
	public record Membership(String slug, String name, Role role) {
	}

	/** A member of a workspace. */
	public record Member(long userId, String email, String displayName, Role role, Instant joinedAt) {
	}

}
