package org.momentos.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.momentos.survey.InvitationOutcome;
import org.momentos.survey.InvitationRequest;
import org.momentos.survey.Invitations;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invites a customer when a touchpoint event happens (an order delivered, a ticket
 * closed).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Invitations", description = "Survey invitations sent after touchpoint events, within contact rules")
@SecurityRequirement(name = "apiKey")
class InvitationApiController {

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	/** The answer: invited (with the personal link) or skipped (with the reason). */
	record InvitationAnswer(long id, String status, Long surveyId, String link, boolean emailed, String expiresAt,
			String reason) {
	}

	@PostMapping("/invitations")
	@Operation(summary = "Invite a customer to the open survey of a touchpoint",
			description = "Needs an API key with the invite scope. 201 when invited (the link is single-use), "
					+ "200 with status skipped and a reason (unsubscribed, contacted-recently, open-case) when a "
					+ "contact rule says no; the skip is recorded.")
	ResponseEntity<InvitationAnswer> invite(WorkspaceAccess access, @RequestBody InvitationRequest request) {
		InvitationOutcome outcome = this.invitations.invite(access, request);
		return switch (outcome) {
			case InvitationOutcome.Invited invited -> ResponseEntity.status(HttpStatus.CREATED)
				.body(new InvitationAnswer(invited.invitation(), "invited", invited.survey().value(), invited.link(),
						invited.emailed(), invited.expiresAt().toString(), null));
			case InvitationOutcome.Skipped skipped -> ResponseEntity.ok()
				.body(new InvitationAnswer(skipped.invitation(), "skipped", null, null, false, null, skipped.reason()));
		};
	}

}
