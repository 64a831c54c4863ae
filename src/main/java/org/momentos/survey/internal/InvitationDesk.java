package org.momentos.survey.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.momentos.survey.InvitationOutcome;
import org.momentos.survey.Survey;
import org.momentos.workspace.WorkspaceId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates personal invitations (a single-use token, an expiry, hidden fields), mails them
 * when SMTP is configured, sends one reminder, and honours unsubscribes forever.
 */
@Component
public class InvitationDesk {

	private final InvitationStore store;

	private final SurveyStore surveys;

	private final SurveyMail mail;

	private final SurveyLinks links;

	private final SurveyProperties properties;

	InvitationDesk(InvitationStore store, SurveyStore surveys, SurveyMail mail, SurveyLinks links,
			SurveyProperties properties) {
		this.store = store;
		this.surveys = surveys;
		this.mail = mail;
		this.links = links;
		this.properties = properties;
	}

	public InvitationOutcome.Invited invite(Survey survey, String customer, String email, String language,
			Map<String, String> attributes, Instant now) {
		return invite(survey, customer, email, language, attributes, now, this.links.base());
	}

	/** Invites with links on the given public address. */
	public InvitationOutcome.Invited invite(Survey survey, String customer, String email, String language,
			Map<String, String> attributes, Instant now, String base) {
		String token = Secrets.newToken();
		Instant expiresAt = now.plus(this.properties.invitationValidity());
		boolean byMail = email != null && this.mail.isConfigured();
		long id = this.store.create(survey.workspace(), survey.id(), Secrets.sha256(token), customer, email, language,
				attributes, byMail ? "email" : "personal", base, "CREATED", null, expiresAt);
		String link = SurveyLinks.invitation(base, survey.publicId(), token);
		boolean emailed = false;
		if (byMail) {
			emailed = this.mail.send(survey, email, language, link,
					SurveyLinks.unsubscribe(base, survey.publicId(), token), false);
			if (emailed) {
				this.store.markSent(id);
			}
			else {
				this.store.markMailFailed(id);
			}
		}
		return new InvitationOutcome.Invited(id, survey.id(), link, emailed, expiresAt);
	}

	public long recordSkipped(Survey survey, String customer, String email, String language,
			Map<String, String> attributes, String reason) {
		return this.store.create(survey.workspace(), survey.id(), null, customer, email, language, attributes,
				email == null ? "personal" : "email", null, "SKIPPED", reason, null);
	}

	/**
	 * Sends the one reminder of this invitation now, unless it was answered, expired,
	 * never mailed or its address unsubscribed. True when the invitation has had its
	 * reminder (now, or earlier by the scheduled round).
	 */
	public boolean remind(WorkspaceId workspace, long invitationId, Instant now) {
		Invitation invitation = this.store.find(invitationId)
			.filter((found) -> found.workspace().equals(workspace))
			.orElse(null);
		if (invitation == null || invitation.usedAt() != null || invitation.isExpired(now)
				|| invitation.sentAt() == null || !this.mail.isConfigured()) {
			return false;
		}
		if (invitation.remindedAt() != null) {
			return true;
		}
		if (this.store.isUnsubscribed(workspace, Secrets.emailHash(invitation.email()))) {
			return false;
		}
		Survey survey = this.surveys.find(workspace, invitation.survey()).filter(Survey::isOpen).orElse(null);
		if (survey == null) {
			return false;
		}
		this.store.markReminded(invitationId);
		String token = Secrets.newToken();
		this.store.addToken(invitationId, Secrets.sha256(token));
		return this.mail.send(survey, invitation.email(), invitation.language(),
				SurveyLinks.invitation(invitation.baseUrl(), survey.publicId(), token),
				SurveyLinks.unsubscribe(invitation.baseUrl(), survey.publicId(), token), true);
	}

	/** The address, language and public address the customer was last invited with. */
	public Optional<LastInvitation> lastInvitationOf(WorkspaceId workspace, String customerReference) {
		return this.store.lastWithEmail(workspace, customerReference)
			.map((invitation) -> new LastInvitation(invitation.email(), invitation.language(), invitation.baseUrl()));
	}

	/** How a customer was last invited by mail. */
	public record LastInvitation(String email, String language, String baseUrl) {
	}

	/**
	 * Sends the one reminder of each invitation mailed more than the reminder delay ago
	 * and still unanswered (an unsubscribed address gets none). The token is not kept, so
	 * the reminder carries a fresh one that opens the same invitation.
	 */
	@Scheduled(fixedDelayString = "${momentos.survey.reminder-check:PT15M}", initialDelayString = "PT1M")
	@Transactional
	public int sendReminders() {
		return sendReminders(Instant.now());
	}

	@Transactional
	public int sendReminders(Instant now) {
		if (!this.mail.isConfigured()) {
			return 0;
		}
		int sent = 0;
		for (Invitation invitation : this.store.dueForReminder(now.minus(this.properties.reminderAfter()), now)) {
			this.store.markReminded(invitation.id());
			if (this.store.isUnsubscribed(invitation.workspace(), Secrets.emailHash(invitation.email()))) {
				continue;
			}
			Survey survey = this.surveys.find(invitation.workspace(), invitation.survey()).orElse(null);
			if (survey == null || !survey.isOpen()) {
				continue;
			}
			String token = Secrets.newToken();
			this.store.addToken(invitation.id(), Secrets.sha256(token));
			if (this.mail.send(survey, invitation.email(), invitation.language(),
					SurveyLinks.invitation(invitation.baseUrl(), survey.publicId(), token),
					SurveyLinks.unsubscribe(invitation.baseUrl(), survey.publicId(), token), true)) {
				sent++;
			}
		}
		return sent;
	}

}
