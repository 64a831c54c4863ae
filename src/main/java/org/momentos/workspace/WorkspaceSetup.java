package org.momentos.workspace;

import java.util.Optional;

import org.momentos.workspace.internal.UserAccounts;
import org.momentos.workspace.internal.Workspaces;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates workspaces for other modules (the demo), owned by the first owner of Momentos.
 */
@Service
public class WorkspaceSetup {

	private final JdbcClient jdbc;

	private final Workspaces workspaces;

	private final UserAccounts accounts;

	WorkspaceSetup(JdbcClient jdbc, Workspaces workspaces, UserAccounts accounts) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
		this.accounts = accounts;
	}

	/** The workspace with this short name (as in {@code /w/<slug>/...}), if any. */
	public Optional<WorkspaceId> findBySlug(String slug) {
		return this.workspaces.findBySlug(slug).map(Workspaces.Workspace::id);
	}

	/**
	 * The access of the first owner to a new workspace called {@code name}, or empty when
	 * a workspace of that name already exists.
	 */
	@Transactional
	public Optional<WorkspaceAccess> createOwnedByFirstOwner(String name) {
		boolean exists = this.jdbc.sql("select exists (select 1 from workspace where name = ?)")
			.param(name)
			.query(Boolean.class)
			.single();
		if (exists) {
			return Optional.empty();
		}
		long ownerId = this.jdbc.sql("select user_id from membership where role = 'OWNER' order by joined_at limit 1")
			.query(Long.class)
			.single();
		var owner = this.accounts.findById(ownerId).orElseThrow();
		var workspace = this.workspaces.create(name, owner);
		return this.workspaces.accessOf(owner, workspace.slug());
	}

	/** The first owner's access to the workspace called {@code name}, if it exists. */
	public Optional<WorkspaceAccess> accessOfFirstOwner(String name) {
		long ownerId = this.jdbc.sql("select user_id from membership where role = 'OWNER' order by joined_at limit 1")
			.query(Long.class)
			.single();
		var owner = this.accounts.findById(ownerId).orElseThrow();
		return this.jdbc.sql("select slug from workspace where name = ? order by id limit 1")
			.param(name)
			.query(String.class)
			.optional()
			.flatMap((slug) -> this.workspaces.accessOf(owner, slug));
	}

}
