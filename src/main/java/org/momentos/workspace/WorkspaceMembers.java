package org.momentos.workspace;

import java.util.List;

import org.momentos.workspace.internal.Workspaces;

import org.springframework.stereotype.Service;

/**
 * The members of a workspace, for other modules (recovery assigns cases to them and
 * escalates to its admins).
 */
@Service
public class WorkspaceMembers {

	private final Workspaces workspaces;

	WorkspaceMembers(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	/** Everyone in the workspace, most powerful role first. */
	public List<WorkspaceMember> of(WorkspaceId workspace) {
		return this.workspaces.members(workspace)
			.stream()
			.map((member) -> new WorkspaceMember(member.email(), member.displayName(), member.role()))
			.toList();
	}

	/**
	 * One member as other modules see them.
	 *
	 * @param email their login, also the actor of {@link WorkspaceAccess}
	 * @param displayName their name
	 * @param role their role here
	 */
	public record WorkspaceMember(String email, String displayName, Role role) {

		public boolean may(Permission permission) {
			return this.role.may(permission);
		}

	}

}
