package org.momentos.recovery;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case is. The allowed moves are the table below, nothing else: a case is worked
 * (open, contacted), resolved, and then ends recovered or lost; a resolved or ended case
 * can be reopened.
 */
public enum CaseState {

	OPEN, CONTACTED, RESOLVED, RECOVERED, LOST;

	private static final Map<CaseState, Set<CaseState>> ALLOWED = Map.of(OPEN, EnumSet.of(CONTACTED, RESOLVED, LOST),
			CONTACTED, EnumSet.of(RESOLVED, LOST), RESOLVED, EnumSet.of(RECOVERED, LOST, OPEN), RECOVERED,
			EnumSet.of(OPEN), LOST, EnumSet.of(OPEN));

	public boolean canMoveTo(CaseState next) {
		return ALLOWED.get(this).contains(next);
	}

	/** The states this one may move to. */
	public Set<CaseState> next() {
		return EnumSet.copyOf(ALLOWED.get(this));
	}

	/** Still being worked: the customer's complaint is not answered yet. */
	public boolean isOpen() {
		return this == OPEN || this == CONTACTED;
	}

	/** Ended with an outcome. */
	public boolean isClosed() {
		return this == RECOVERED || this == LOST;
	}

}
