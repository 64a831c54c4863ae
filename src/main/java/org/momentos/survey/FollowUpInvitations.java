package org.momentos.survey;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.journey.TouchpointRef;
import org.momentos.survey.internal.ContactRules;
import org.momentos.survey.internal.InvitationDesk;
import org.momentos.survey.internal.SurveyLinks;
import org.momentos.survey.internal.SurveyStore;
import org.momentos.survey.internal.SurveyTemplates;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.WorkspaceId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint follow-up another module (recovery) sends when a case is resolved. One
 * survey per workspace, made from the {@value #TEMPLATE} template and opened on the first
 * published touchpoint of a failure moment the first time it is needed. Invitations to it
 * carry hidden fields (the case) into the answer's signal and are mailed to the address
 * the customer was last invited at, or to their reference when it is an address. Only an
 * unsubscribe stops them (see {@link ContactRules#reasonToSkipFollowUp}).
 */
@Service
public class FollowUpInvitations {

	/** The template the follow-up survey is made from. */
	public static final String TEMPLATE = "complaint-follow-up";

	private static final String ACTOR = "momentos";

	private final SurveyStore store;

	private final Journeys journeys;

	private final ContactRules rules;

	private final InvitationDesk desk;

	private final AuditTrail audit;

	private final SurveyLinks links;

	private final Clock clock = Clock.systemUTC();

	FollowUpInvitations(SurveyStore store, Journeys journeys, ContactRules rules, InvitationDesk desk, AuditTrail audit,
			SurveyLinks links) {
		this.links = links;
		this.store = store;
		this.journeys = journeys;
		this.rules = rules;
		this.desk = desk;
		this.audit = audit;
	}

	/**
	 * The follow-up survey: {@code known} while it exists in the workspace, otherwise a
	 * new one, opened; empty when the workspace has no published failure touchpoint to
	 * bind it to.
	 */
	@Transactional
	public Optional<Survey> survey(WorkspaceId workspace, SurveyId known) {
		if (known != null) {
			Optional<Survey> found = this.store.find(workspace, known);
			if (found.isPresent()) {
				return found;
			}
		}
		Optional<TouchpointRef> failure = this.journeys.publishedTouchpoints(workspace)
			.stream()
			.filter((touchpoint) -> touchpoint.momentKind() == MomentKind.FAILURE)
			.findFirst();
		if (failure.isEmpty()) {
			return Optional.empty();
		}
		SurveyDefinition definition = SurveyTemplates.find(TEMPLATE).orElseThrow().definition();
		String name = definition.title().in("es");
		SurveyId id = this.store.create(workspace, Surveys.newPublicId(), name, failure.get().touchpointKey(),
				definition);
		this.store.changeStatus(workspace, id, SurveyStatus.OPEN);
		this.audit.record(workspace, ACTOR, "survey.created", name);
		return this.store.find(workspace, id);
	}

	/**
	 * Invites the customer to the follow-up survey. Skipped (and recorded so) when the
	 * survey is not open ({@code survey-closed}), no address is known ({@code no-email}),
	 * outside a request with no public address configured or remembered
	 * ({@code no-public-url}) or when the address unsubscribed ({@code unsubscribed}).
	 * @param language {@code es} or {@code en}; null for the language of their last
	 * invitation
	 */
	@Transactional
	public InvitationOutcome invite(WorkspaceId workspace, SurveyId surveyId, String customerReference, String language,
			Map<String, String> attributes) {
		Survey survey = this.store.find(workspace, surveyId)
			.orElseThrow(() -> new IllegalArgumentException("no survey " + surveyId + " in " + workspace));
		Optional<InvitationDesk.LastInvitation> last = this.desk.lastInvitationOf(workspace, customerReference);
		String email = last.map(InvitationDesk.LastInvitation::email)
			.orElse(customerReference.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? customerReference : null);
		String chosen = language != null ? language.toLowerCase(Locale.ROOT)
				: last.map(InvitationDesk.LastInvitation::language).orElse("es");
		String lang = chosen.equals("en") ? "en" : "es";
		// Outside a request (a case resolved by a job), the address the customer was last
		// invited from.
		String base = this.links.knownBase()
			.or(() -> last.map(InvitationDesk.LastInvitation::baseUrl).filter((url) -> url != null))
			.orElse(null);
		String reason = !survey.isOpen() ? "survey-closed" : email == null ? "no-email"
				: base == null ? "no-public-url" : this.rules.reasonToSkipFollowUp(workspace, email);
		if (reason != null) {
			return new InvitationOutcome.Skipped(
					this.desk.recordSkipped(survey, customerReference, email, lang, attributes, reason), reason);
		}
		return this.desk.invite(survey, customerReference, email, lang, attributes, this.clock.instant(), base);
	}

	/**
	 * Sends the one reminder of a follow-up invitation now; true when it has had one (now
	 * or earlier), false when it cannot (answered, expired, unsubscribed).
	 */
	@Transactional
	public boolean remind(WorkspaceId workspace, long invitation) {
		return this.desk.remind(workspace, invitation, this.clock.instant());
	}

}
