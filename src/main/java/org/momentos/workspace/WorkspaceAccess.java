package org.momentos.workspace;

import java.util.Set;

/**
 * Who is acting in which workspace, and what they may do there: a member through the web
 * app, or an API key. Controllers take it as a parameter; it is only ever built for a
 * caller who belongs to the workspace, so an unknown or foreign workspace never reaches a
 * controller.
 *
 * @param workspaceId the workspace
 * @param slug the workspace's short name in URLs
 * @param workspaceName its display name
 * @param actor who acts, for the audit trail (an email, or "api-key:prefix")
 * @param role the member's role, or {@code null} for an API key
 * @param permissions what the caller may do
 */
public record WorkspaceAccess(WorkspaceId workspaceId, String slug, String workspaceName, String actor, Role role,
		Set<Permission> permissions) {

	public WorkspaceAccess {
		permissions = Set.copyOf(permissions);
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * Refuses the action with {@link PermissionDenied} unless the caller has the
	 * permission.
	 */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new PermissionDenied(permission);
		}
	}

}
