package org.momentos.recovery;

import java.util.UUID;

import org.momentos.workspace.WorkspaceId;

/**
 * The port through which recovery asks for a post-recovery survey; recovery's survey
 * adapter sends it through the survey module's invitations. The answer comes back through
 * {@link Cases#recordFollowUp(WorkspaceId, CaseId, org.momentos.signal.Scores)}.
 */
public interface FollowUpSurveys {

	/**
	 * Sends (or, with {@code reminder}, sends again) the follow-up survey of a resolved
	 * case to its customer, respecting the contact rules, and says whether it went out.
	 */
	FollowUpDelivery requestFollowUp(FollowUpRequest request);

	/**
	 * One follow-up to send.
	 *
	 * @param workspace whose case it is
	 * @param caseId the case
	 * @param customerReference who to ask
	 * @param touchpointKey the touchpoint the complaint was about, if known
	 * @param language the language the customer complained in, if known
	 * @param reminder whether this is the one reminder
	 */
	record FollowUpRequest(WorkspaceId workspace, CaseId caseId, String customerReference, UUID touchpointKey,
			String language, boolean reminder) {
	}

	/**
	 * Whether the survey (or its reminder) went out; if not, why: a short code such as
	 * {@code no-email}, {@code unsubscribed}, {@code no-failure-touchpoint}, shown on the
	 * case page as {@code recovery.followUp.reason.<code>}.
	 */
	record FollowUpDelivery(boolean sent, String reason) {

		public static FollowUpDelivery delivered() {
			return new FollowUpDelivery(true, "");
		}

		public static FollowUpDelivery notSent(String reason) {
			return new FollowUpDelivery(false, reason);
		}

	}

}
