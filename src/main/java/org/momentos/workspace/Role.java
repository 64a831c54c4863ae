package org.momentos.workspace;

import java.util.EnumSet;
import java.util.Set;

import static org.momentos.workspace.Permission.EDIT_JOURNEYS;
import static org.momentos.workspace.Permission.MANAGE_ALERT_RULES;
import static org.momentos.workspace.Permission.INVITE_CUSTOMERS;
import static org.momentos.workspace.Permission.MANAGE_API_KEYS;
import static org.momentos.workspace.Permission.MANAGE_CASES;
import static org.momentos.workspace.Permission.MANAGE_MEMBERS;
import static org.momentos.workspace.Permission.MANAGE_SIGNALS;
import static org.momentos.workspace.Permission.VIEW;
import static org.momentos.workspace.Permission.WORK_CASES;

/**
 * A member's role in a workspace, from most to least powerful. The table of what each
 * role may do is {@code docs/roles.md}; this enum is where it is enforced.
 */
public enum Role {

	OWNER(EnumSet.allOf(Permission.class)),

	ADMIN(EnumSet.of(VIEW, EDIT_JOURNEYS, INVITE_CUSTOMERS, MANAGE_MEMBERS, MANAGE_API_KEYS, MANAGE_SIGNALS, WORK_CASES,
			MANAGE_CASES, MANAGE_ALERT_RULES)),

	ANALYST(EnumSet.of(VIEW, EDIT_JOURNEYS, INVITE_CUSTOMERS, WORK_CASES)),

	AGENT(EnumSet.of(VIEW, WORK_CASES)),

	VIEWER(EnumSet.of(VIEW));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(this.permissions);
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * Whether someone with this role may give {@code other} to a member (never more than
	 * their own).
	 */
	public boolean mayGrant(Role other) {
		return may(MANAGE_MEMBERS) && other.ordinal() >= ordinal();
	}

}
