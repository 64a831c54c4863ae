package org.momentos.workspace.internal;

import java.util.EnumSet;
import java.util.Set;

import org.momentos.workspace.Permission;

/** What an API key is for; each scope grants a few permissions. */
public enum ApiScope {

	/** Read journeys and the workspace's data. */
	READ(EnumSet.of(Permission.VIEW)),

	/** Create and change journeys. */
	WRITE(EnumSet.of(Permission.VIEW, Permission.EDIT_JOURNEYS)),

	/** Send signals. */
	INGEST(EnumSet.of(Permission.INGEST_SIGNALS)),

	/** Read, open and move service-recovery cases (all of the workspace's). */
	CASES(EnumSet.of(Permission.VIEW, Permission.WORK_CASES, Permission.MANAGE_CASES)),

	/** Invite customers to surveys after a touchpoint event. */
	INVITE(EnumSet.of(Permission.INVITE_CUSTOMERS)),

	/** Erase a customer's signals (right to erasure). */
	ERASE(EnumSet.of(Permission.MANAGE_SIGNALS));

	private final Set<Permission> permissions;

	ApiScope(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	static Set<Permission> permissionsOf(Set<ApiScope> scopes) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		scopes.forEach((scope) -> permissions.addAll(scope.permissions));
		return permissions;
	}

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
