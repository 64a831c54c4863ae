package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** The customer's follow-up was positive: a complaint turned into a compliment. */
public record CaseRecovered(WorkspaceId workspace, CaseId caseId) implements CaseEvent {

	@Override
	public String type() {
		return "case.recovered";
	}

}
