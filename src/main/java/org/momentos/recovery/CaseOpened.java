package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** A case was opened, by an alert rule or by hand. */
public record CaseOpened(WorkspaceId workspace, CaseId caseId) implements CaseEvent {

	@Override
	public String type() {
		return "case.opened";
	}

}
