package org.momentos.survey;

import java.time.Instant;

/** What became of an invitation request. */
public sealed interface InvitationOutcome {

	/**
	 * Invited: {@code link} is the personal, single-use link; {@code emailed} says
	 * whether Momentos mailed it.
	 */
	record Invited(long invitation, SurveyId survey, String link, boolean emailed,
			Instant expiresAt) implements InvitationOutcome {
	}

	/**
	 * Not invited, and recorded so: {@code reason} is {@code unsubscribed},
	 * {@code contacted-recently} or {@code open-case}.
	 */
	record Skipped(long invitation, String reason) implements InvitationOutcome {
	}

}
