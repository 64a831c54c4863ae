package org.momentos.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.momentos.journey.MomentKind;
import org.momentos.platform.Problem;
import org.momentos.survey.internal.ContactRules;
import org.momentos.survey.internal.InvitationDesk;
import org.momentos.survey.internal.SurveyStore;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites customers to answer the survey of a touchpoint, within the contact rules of the
 * workspace; skipped invitations are recorded with their reason.
 */
@Service
public class Invitations {

	private static final Set<String> LANGUAGES = Set.of("es", "en");

	private final SurveyStore store;

	private final Surveys surveys;

	private final ContactRules rules;

	private final InvitationDesk desk;

	private final Clock clock = Clock.systemUTC();

	Invitations(SurveyStore store, Surveys surveys, ContactRules rules, InvitationDesk desk) {
		this.store = store;
		this.surveys = surveys;
		this.rules = rules;
		this.desk = desk;
	}

	@Transactional
	public InvitationOutcome invite(WorkspaceAccess access, InvitationRequest request) {
		access.require(Permission.INVITE_CUSTOMERS);
		if (request.touchpointKey() == null) {
			throw Problem.invalid("survey.invitation.touchpoint.required");
		}
		String customer = request.customerReference() == null ? "" : request.customerReference().strip();
		if (customer.isEmpty() || customer.length() > 320) {
			throw Problem.invalid("survey.invitation.customer.invalid");
		}
		String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
		if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw Problem.invalid("survey.invitation.email.invalid");
		}
		String language = request.language() == null ? "es" : request.language().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(language)) {
			throw Problem.invalid("survey.invitation.language.invalid");
		}
		checkAttributes(request.attributes());
		Survey survey = this.store.openFor(access.workspaceId(), request.touchpointKey())
			.orElseThrow(() -> Problem.invalid("survey.invitation.noOpenSurvey"));
		Instant now = this.clock.instant();
		// A survey about a failure moment (complaint follow-up, support CES) belongs to
		// the recovery.
		boolean satisfaction = this.surveys.touchpointOf(survey)
			.map((touchpoint) -> touchpoint.momentKind() != MomentKind.FAILURE)
			.orElse(true);
		String skipReason = this.rules.reasonToSkip(access.workspaceId(), customer, email, satisfaction, now);
		if (skipReason != null) {
			return new InvitationOutcome.Skipped(
					this.desk.recordSkipped(survey, customer, email, language, request.attributes(), skipReason),
					skipReason);
		}
		return this.desk.invite(survey, customer, email, language, request.attributes(), now);
	}

	private static void checkAttributes(Map<String, String> attributes) {
		if (attributes.size() > 20) {
			throw Problem.invalid("survey.invitation.attributes.invalid");
		}
		attributes.forEach((key, value) -> {
			if (key.isBlank() || key.length() > 60 || value == null || value.length() > 300) {
				throw Problem.invalid("survey.invitation.attributes.invalid");
			}
		});
	}

}
