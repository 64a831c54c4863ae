package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** A resolved or ended case was opened again. */
public record CaseReopened(WorkspaceId workspace, CaseId caseId) implements CaseEvent {

	@Override
	public String type() {
		return "case.reopened";
	}

}
