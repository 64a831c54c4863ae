package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** A case was resolved; its follow-up survey was requested in the same change. */
public record CaseResolved(WorkspaceId workspace, CaseId caseId) implements CaseEvent {

	@Override
	public String type() {
		return "case.resolved";
	}

}
