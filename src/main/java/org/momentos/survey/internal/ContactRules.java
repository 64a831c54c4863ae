package org.momentos.survey.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.momentos.survey.OpenCases;
import org.momentos.workspace.WorkspaceId;

import org.springframework.stereotype.Component;

/**
 * Journey-aware contact rules, checked before every invitation, in this order: never mail
 * an address that unsubscribed; never ask for satisfaction while the customer has an open
 * recovery case (a survey about a failure moment, such as the complaint follow-up, is
 * part of the recovery and exempt); at most one survey per customer per N days in the
 * workspace. The follow-up recovery sends for a resolved case only honours unsubscribes
 * (see {@link #reasonToSkipFollowUp}).
 */
@Component
public class ContactRules {

	private final InvitationStore store;

	private final OpenCases openCases;

	ContactRules(InvitationStore store, OpenCases openCases) {
		this.store = store;
		this.openCases = openCases;
	}

	/** The reason to skip this invitation, or null to send it. */
	public String reasonToSkip(WorkspaceId workspace, String customerReference, String email,
			boolean satisfactionSurvey, Instant now) {
		if (email != null && this.store.isUnsubscribed(workspace, Secrets.emailHash(email))) {
			return "unsubscribed";
		}
		if (satisfactionSurvey && this.openCases.hasOpenCase(workspace, customerReference)) {
			return "open-case";
		}
		int days = this.store.contactDays(workspace);
		if (days > 0 && this.store.contactedSince(workspace, customerReference, now.minus(Duration.ofDays(days)))) {
			return "contacted-recently";
		}
		return null;
	}

	/**
	 * The reason to skip a complaint follow-up, or null to send it: it answers the
	 * customer's own complaint, so only an unsubscribe stops it (it still counts as a
	 * contact for later surveys).
	 */
	public String reasonToSkipFollowUp(WorkspaceId workspace, String email) {
		return this.store.isUnsubscribed(workspace, Secrets.emailHash(email)) ? "unsubscribed" : null;
	}

	public int contactDays(WorkspaceId workspace) {
		return this.store.contactDays(workspace);
	}

	public void changeContactDays(WorkspaceId workspace, int days) {
		this.store.changeContactDays(workspace, days);
	}

	/** The latest skipped invitations, with their reasons. */
	List<Invitation> latestSkipped(WorkspaceId workspace) {
		return this.store.skipped(workspace, 50);
	}

}
