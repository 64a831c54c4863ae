package org.momentos.signal;

/** Where a signal comes from. */
public enum SignalSource {

	SURVEY, TICKET, CHAT, CALL, REVIEW, SOCIAL, INTERVIEW, MYSTERY_SHOP, OTHER

}
