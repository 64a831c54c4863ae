package org.momentos.recovery;

/** Which cases the inbox lists. */
public enum InboxView {

	/** Assigned to me. */
	MINE,
	/** Of my team. */
	TEAM,
	/**
	 * Everything I may see: all cases for managers; mine, my team's and the common queue
	 * for agents.
	 */
	ALL

}
