package org.momentos.recovery.internal;

import java.util.Map;
import java.util.Optional;

import org.momentos.recovery.FollowUpSurveys;
import org.momentos.survey.FollowUpInvitations;
import org.momentos.survey.InvitationOutcome;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends follow-ups through the survey module: the workspace's complaint follow-up survey
 * (made from its template on first need), a personal invitation carrying the case in the
 * hidden field {@value #CASE_ATTRIBUTE}, mailed within the contact rules. Every attempt
 * is kept in {@code recovery_follow_up_request} with its invitation or the reason nothing
 * went out; a reminder re-sends the latest invitation of the case.
 */
@Component
class SurveyFollowUps implements FollowUpSurveys {

	/** The hidden field of the invitation (and so of the answer's signal). */
	static final String CASE_ATTRIBUTE = "recovery_case";

	private final FollowUpInvitations invitations;

	private final RecoverySettingsStore settings;

	private final JdbcClient jdbc;

	SurveyFollowUps(FollowUpInvitations invitations, RecoverySettingsStore settings, JdbcClient jdbc) {
		this.invitations = invitations;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Override
	public FollowUpDelivery requestFollowUp(FollowUpRequest request) {
		Attempt attempt = request.reminder() ? remind(request) : invite(request);
		FollowUpDelivery delivery = attempt.delivery();
		this.jdbc.sql("""
				insert into recovery_follow_up_request (workspace_id, case_id, customer_ref, touchpoint_key, reminder,
				  invitation_id, status, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(request.workspace().value(), request.caseId().value(), request.customerReference(),
					request.touchpointKey(), request.reminder(), attempt.invitation(),
					delivery.sent() ? "SENT" : "NOT_SENT", delivery.reason())
			.update();
		return delivery;
	}

	private Attempt invite(FollowUpRequest request) {
		Optional<Survey> survey = this.invitations.survey(request.workspace(),
				this.settings.followUpSurvey(request.workspace()).map(SurveyId::new).orElse(null));
		if (survey.isEmpty()) {
			return new Attempt(FollowUpDelivery.notSent("no-failure-touchpoint"), null);
		}
		this.settings.rememberFollowUpSurvey(request.workspace(), survey.get().id().value());
		InvitationOutcome outcome = this.invitations.invite(request.workspace(), survey.get().id(),
				request.customerReference(), request.language(),
				Map.of(CASE_ATTRIBUTE, Long.toString(request.caseId().value())));
		return switch (outcome) {
			case InvitationOutcome.Invited invited when invited.emailed() ->
				new Attempt(FollowUpDelivery.delivered(), invited.invitation());
			case InvitationOutcome.Invited invited ->
				new Attempt(FollowUpDelivery.notSent("mail-failed"), invited.invitation());
			case InvitationOutcome.Skipped skipped ->
				new Attempt(FollowUpDelivery.notSent(skipped.reason()), skipped.invitation());
		};
	}

	private Attempt remind(FollowUpRequest request) {
		Optional<Long> invitation = this.jdbc.sql("""
				select invitation_id from recovery_follow_up_request
				where workspace_id = ? and case_id = ? and status = 'SENT' and invitation_id is not null
				order by id desc limit 1""")
			.params(request.workspace().value(), request.caseId().value())
			.query(Long.class)
			.optional();
		if (invitation.isEmpty()) {
			return new Attempt(FollowUpDelivery.notSent("no-invitation"), null);
		}
		boolean reminded = this.invitations.remind(request.workspace(), invitation.get());
		return new Attempt(reminded ? FollowUpDelivery.delivered() : FollowUpDelivery.notSent("reminder-not-sent"),
				invitation.get());
	}

	/** What one attempt did, and with which invitation. */
	private record Attempt(FollowUpDelivery delivery, Long invitation) {
	}

}
