package org.momentos.recovery;

import org.momentos.workspace.WorkspaceId;

/** Something that happened to a case; outbound webhooks carry these. */
public sealed interface CaseEvent
		permits CaseOpened, CaseResolved, CaseRecovered, CaseLost, CaseReopened, CaseEscalated {

	WorkspaceId workspace();

	CaseId caseId();

	/** The name of the event in webhook payloads, e.g. {@code case.opened}. */
	String type();

}
