package org.momentos.recovery;

import java.util.UUID;

import org.momentos.workspace.WorkspaceId;

/**
 * The port through which recovery asks for a post-recovery survey. The survey module
 * implements it (declare the implementation {@code @Primary}); until then the default
 * records each request as "to be sent". The answer comes back through
 * {@link Cases#recordFollowUp(WorkspaceId, CaseId, org.momentos.signal.Scores)}.
 */
public interface FollowUpSurveys {

	/**
	 * Sends (or, with {@code reminder}, sends again) the follow-up survey of a resolved
	 * case to its customer, respecting the contact rules.
	 */
	void requestFollowUp(FollowUpRequest request);

	/**
	 * One follow-up to send.
	 *
	 * @param workspace whose case it is
	 * @param caseId the case
	 * @param customerReference who to ask
	 * @param touchpointKey the touchpoint the complaint was about, if known
	 * @param reminder whether this is the one reminder
	 */
	record FollowUpRequest(WorkspaceId workspace, CaseId caseId, String customerReference, UUID touchpointKey,
			boolean reminder) {
	}

}
