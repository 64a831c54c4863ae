package org.momentos.recovery;

/** An SLA moment a case can reach once: a warning before a deadline, or its breach. */
public enum SlaAlarm {

	FIRST_CONTACT_WARNING, FIRST_CONTACT_BREACHED, RESOLUTION_WARNING, RESOLUTION_BREACHED;

	public boolean isBreach() {
		return this == FIRST_CONTACT_BREACHED || this == RESOLUTION_BREACHED;
	}

	boolean isAboutResolution() {
		return this == RESOLUTION_WARNING || this == RESOLUTION_BREACHED;
	}

}
