package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** An SLA deadline of a case was breached and the workspace's admins were told. */
public record CaseEscalated(WorkspaceId workspace, CaseId caseId, SlaAlarm alarm) implements CaseEvent {

	@Override
	public String type() {
		return "case.escalated";
	}

}
