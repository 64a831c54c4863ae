package org.momentos.recovery;

/** What came of one contact attempt. */
public enum ContactOutcome {

	/** Spoke with the customer. */
	REACHED,

	/** Left a voicemail or a written message. */
	LEFT_MESSAGE,

	NO_ANSWER,

	WRONG_CONTACT

}
