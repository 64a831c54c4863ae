package org.momentos.recovery;

import java.util.List;

import org.momentos.workspace.WorkspaceId;

/**
 * Cases opened together by alert rules, one event for the batch of judged signals that
 * opened them (a case opened by hand is announced with {@link CaseOpened}). A listener
 * that wants every opened case listens to both.
 */
public record CasesOpened(WorkspaceId workspace, List<CaseId> cases) {

	public CasesOpened {
		cases = List.copyOf(cases);
	}

}
