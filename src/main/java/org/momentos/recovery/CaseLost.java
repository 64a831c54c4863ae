package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** The customer was not won back. */
public record CaseLost(WorkspaceId workspace, CaseId caseId) implements CaseEvent {

	@Override
	public String type() {
		return "case.lost";
	}

}
