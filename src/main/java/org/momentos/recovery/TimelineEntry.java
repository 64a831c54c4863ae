package org.momentos.recovery;

import java.time.Instant;
import java.util.UUID;

/** One line of a case's story, oldest first; never changed once written. */
public sealed interface TimelineEntry {

	Instant at();

	/** Who did it: a member's email, an API key, or "momentos" for the system. */
	String actor();

	/** A free note of an agent. */
	record Note(Instant at, String actor, String text) implements TimelineEntry {
	}

	/** A contact attempt with the customer. */
	record Contact(Instant at, String actor, ContactChannel channel, ContactOutcome outcome,
			String text) implements TimelineEntry {
	}

	/** Something given to the customer. */
	record CompensationGiven(Instant at, String actor, Compensation compensation) implements TimelineEntry {
	}

	/** Why it happened, and where. */
	record RootCauseChosen(Instant at, String actor, RootCause cause, UUID touchpointKey) implements TimelineEntry {
	}

	/** A move of the state machine; {@code reason} may be empty. */
	record StateChanged(Instant at, String actor, CaseState from, CaseState to,
			String reason) implements TimelineEntry {
	}

	/** A new owner; either part may be empty. */
	record Assigned(Instant at, String actor, String assignee, String team) implements TimelineEntry {
	}

	record PriorityChanged(Instant at, String actor, Priority priority) implements TimelineEntry {
	}

	/** An SLA warning or breach, with whom it was sent to. */
	record SlaAlarmRaised(Instant at, String actor, SlaAlarm alarm, String notified) implements TimelineEntry {
	}

	/** The follow-up survey moved on; {@code detail} says how (e.g. the scores). */
	record FollowUpChanged(Instant at, String actor, FollowUpStatus status, String detail) implements TimelineEntry {
	}

}
