package org.momentos.recovery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.momentos.recovery.Case;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.CaseView;
import org.momentos.recovery.CompensationKind;
import org.momentos.recovery.ContactChannel;
import org.momentos.recovery.ContactOutcome;
import org.momentos.recovery.FollowUpStatus;
import org.momentos.recovery.Priority;
import org.momentos.recovery.RootCause;
import org.momentos.recovery.TimelineEntry;

/** The JSON documents of the cases API. */
final class CaseDocuments {

	private CaseDocuments() {
	}

	/** A case as the API shows it; {@code version} goes back in If-Match or the body. */
	record CaseDocument(long id, String subject, CaseState state, Priority priority, String assignee, String team,
			String customerReference, Long signalId, UUID touchpointKey, String rule, Instant openedAt,
			Instant firstContactDue, Instant firstContactAt, Instant resolutionDue, Instant resolvedAt,
			Instant closedAt, FollowUpStatus followUp, RootCause rootCause, boolean overdue, int version) {

		static CaseDocument of(Case c, Instant now) {
			Case.Snapshot s = c.snapshot();
			return new CaseDocument(c.id().value(), c.file().subject(), c.state(), c.priority(), c.assignee(), c.team(),
					c.file().customerReference(), c.file().signal() == null ? null : c.file().signal().value(),
					c.file().touchpointKey(), c.file().rule(), c.file().openedAt(), s.firstContactDue(),
					s.firstContactAt(), s.resolutionDue(), s.resolvedAt(), s.closedAt(), s.followUp(), s.rootCause(),
					c.isOverdue(now), c.version());
		}

	}

	/** A case with its timeline. */
	record CaseDetail(CaseDocument subject, List<EntryDocument> timeline) {

		static CaseDetail of(CaseView view, Instant now) {
			return new CaseDetail(CaseDocument.of(view.subject(), now),
					view.timeline().stream().map(EntryDocument::of).toList());
		}

	}

	/** One timeline entry: its type (Note, Contact, ...) and its fields. */
	record EntryDocument(String type, Instant at, String actor, TimelineEntry entry) {

		static EntryDocument of(TimelineEntry entry) {
			return new EntryDocument(entry.getClass().getSimpleName(), entry.at(), entry.actor(), entry);
		}

	}

	record NewCaseRequest(String subject, String customerReference, Long signalId, UUID touchpointKey,
			Priority priority, String assignee, String team) {
	}

	record TransitionRequest(CaseState to, String reason, Integer version) {
	}

	record ContactRequest(ContactChannel channel, ContactOutcome outcome, String text, Integer version) {
	}

	record NoteRequest(String text, Integer version) {
	}

	record CompensationRequest(CompensationKind kind, BigDecimal amount, String currency, String code,
			Integer version) {
	}

	record FollowUpAnswer(Integer nps, Integer csat, Integer version) {
	}

	record RootCauseRequest(RootCause cause, UUID touchpointKey, Integer version) {
	}

	record AssignmentRequest(String assignee, String team, Integer version) {
	}

}
