package org.momentos.recovery;

/** Where the post-recovery survey of a case is. */
public enum FollowUpStatus {

	/** Not asked (the case is not resolved, or there is nobody to ask). */
	NONE,
	/**
	 * Could not be sent (no address, unsubscribed, no survey); the timeline says why.
	 */
	NOT_SENT,
	/** Sent to the customer. */
	REQUESTED,
	/** Sent again once. */
	REMINDED,
	/** The customer answered; the case ended recovered or lost. */
	ANSWERED,
	/** No answer after the reminder: the outcome is unknown, counted apart. */
	UNANSWERED

}
