package org.momentos.recovery;

import java.util.UUID;

import org.momentos.signal.SignalId;

/**
 * A case opened by hand (from the API or the inbox).
 *
 * @param subject a one-line summary
 * @param customerReference the customer, if known
 * @param signal the signal it is about, if any (one case per signal)
 * @param touchpointKey the touchpoint, if known
 * @param priority its priority (defaults to normal)
 * @param assignee a member's email (optional)
 * @param team a team (optional)
 */
public record NewCase(String subject, String customerReference, SignalId signal, UUID touchpointKey, Priority priority,
		String assignee, String team) {

	public NewCase {
		priority = priority == null ? Priority.NORMAL : priority;
	}

}
