package org.momentos.recovery;

import java.util.List;
import java.util.Optional;

import org.momentos.journey.TouchpointRef;
import org.momentos.signal.Signal;

/**
 * A case with the whole customer story: its timeline, the signal that triggered it, the
 * customer's other signals and cases.
 *
 * @param subject the case
 * @param timeline what happened to it, oldest first
 * @param trigger the signal that opened it, if any
 * @param touchpoint its touchpoint in the latest published journey, if known
 * @param pastSignals the customer's other signals, newest first
 * @param otherCases the customer's other cases, newest first
 */
public record CaseView(Case subject, List<TimelineEntry> timeline, Optional<Signal> trigger,
		Optional<TouchpointRef> touchpoint, List<Signal> pastSignals, List<Case> otherCases) {

	/**
	 * Why the follow-up did not go out (or no reminder could), as a short code; empty
	 * when it went out or is not due.
	 */
	public Optional<String> followUpReason() {
		FollowUpStatus status = this.subject.snapshot().followUp();
		if (status != FollowUpStatus.NOT_SENT && status != FollowUpStatus.UNANSWERED) {
			return Optional.empty();
		}
		return this.timeline.reversed()
			.stream()
			.filter(TimelineEntry.FollowUpChanged.class::isInstance)
			.map(TimelineEntry.FollowUpChanged.class::cast)
			.findFirst()
			.filter((changed) -> changed.status() == status && !changed.detail().isEmpty())
			.map(TimelineEntry.FollowUpChanged::detail);
	}

}
