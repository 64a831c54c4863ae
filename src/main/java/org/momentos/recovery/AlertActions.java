package org.momentos.recovery;

import java.util.List;

/**
 * What an alert rule does when it fires.
 *
 * @param openCase open a case (one per signal, whatever the number of rules)
 * @param priority the case's priority; {@code null} takes it from the verdict
 * @param assignment who gets the case
 * @param team the team for {@link Assignment#TEAM}
 * @param notifyEmails people to email about the signal
 * @param webhook call the workspace's outbound webhooks
 */
public record AlertActions(boolean openCase, Priority priority, Assignment assignment, String team,
		List<String> notifyEmails, boolean webhook) {

	public AlertActions {
		assignment = assignment == null ? Assignment.NONE : assignment;
		team = team == null ? "" : team.strip();
		notifyEmails = notifyEmails == null ? List.of() : List.copyOf(notifyEmails);
	}

	/** How a new case gets its owner. */
	public enum Assignment {

		/** Nobody: the case waits in the common queue. */
		NONE,
		/** The owner team of the signal's touchpoint, round robin among its members. */
		TOUCHPOINT_OWNER_TEAM,
		/** A named team, round robin among its members. */
		TEAM

	}

}
