package org.momentos.recovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.momentos.platform.Problem;
import org.momentos.recovery.TimelineEntry.FollowUpChanged;
import org.momentos.signal.Scores;

/**
 * Where the follow-up survey of a {@link Case} stands and since when, and the timeline
 * entry each of its steps adds. The case checks first that it may take the step.
 */
final class CaseFollowUp {

	private FollowUpStatus status;

	private Instant at;

	CaseFollowUp(FollowUpStatus status, Instant at) {
		this.status = status;
		this.at = at;
	}

	/** The survey went out (or a reminder of it). */
	FollowUpChanged sent(boolean reminder, Instant now) {
		return moveTo(reminder ? FollowUpStatus.REMINDED : FollowUpStatus.REQUESTED, now, CaseFile.SYSTEM, "");
	}

	FollowUpChanged notSent(String reason, Instant now) {
		return moveTo(FollowUpStatus.NOT_SENT, now, CaseFile.SYSTEM, reason);
	}

	FollowUpChanged unanswered(String reason, Instant now) {
		return moveTo(FollowUpStatus.UNANSWERED, now, CaseFile.SYSTEM, reason);
	}

	/**
	 * The customer answered; refused when the threshold cannot decide on these scores or
	 * one is out of its range.
	 */
	FollowUpChanged answered(Scores scores, FollowUpThreshold threshold, Instant now, String actor) {
		if (!threshold.decides(scores)) {
			throw Problem.invalid("recovery.followUp.noScore");
		}
		if ((scores.nps() != null && (scores.nps() < 0 || scores.nps() > 10))
				|| (scores.csat() != null && (scores.csat() < 1 || scores.csat() > 5))) {
			throw Problem.invalid("recovery.followUp.invalid");
		}
		return moveTo(FollowUpStatus.ANSWERED, now, actor, describe(scores));
	}

	/** A reopened case has not been asked yet. */
	void reset() {
		this.status = FollowUpStatus.NONE;
		this.at = null;
	}

	FollowUpStatus status() {
		return this.status;
	}

	Instant at() {
		return this.at;
	}

	private FollowUpChanged moveTo(FollowUpStatus next, Instant now, String actor, String detail) {
		this.status = next;
		this.at = now;
		return new FollowUpChanged(now, actor, next, detail);
	}

	private static String describe(Scores scores) {
		List<String> parts = new ArrayList<>();
		if (scores.nps() != null) {
			parts.add("NPS " + scores.nps());
		}
		if (scores.csat() != null) {
			parts.add("CSAT " + scores.csat());
		}
		if (scores.rating() != null) {
			parts.add("★ " + scores.rating());
		}
		return String.join(", ", parts);
	}

}
