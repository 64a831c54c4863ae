package org.momentos.recovery.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.momentos.platform.Problem;
import org.momentos.recovery.Case;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.Cases;
import org.momentos.recovery.Compensation;
import org.momentos.recovery.InboxView;
import org.momentos.recovery.NewCase;
import org.momentos.recovery.Priority;
import org.momentos.recovery.internal.CaseDocuments.CaseDetail;
import org.momentos.recovery.internal.CaseDocuments.CaseDocument;
import org.momentos.recovery.internal.CaseDocuments.CompensationRequest;
import org.momentos.recovery.internal.CaseDocuments.ContactRequest;
import org.momentos.recovery.internal.CaseDocuments.FollowUpAnswer;
import org.momentos.recovery.internal.CaseDocuments.NewCaseRequest;
import org.momentos.recovery.internal.CaseDocuments.NoteRequest;
import org.momentos.recovery.internal.CaseDocuments.RootCauseRequest;
import org.momentos.recovery.internal.CaseDocuments.AssignmentRequest;
import org.momentos.recovery.internal.CaseDocuments.TransitionRequest;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases REST API (API keys with the {@code cases} scope). Changes need the case's
 * version (the ETag) in If-Match or in the body; a stale one is a 409.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Service-recovery cases: open, list, move through their states, log contacts")
@SecurityRequirement(name = "apiKey")
class CaseApiController {

	private final Cases cases;

	private final Clock clock;

	CaseApiController(Cases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List cases, overdue first",
			description = "state: OPEN, CONTACTED, RESOLVED, RECOVERED or LOST (repeatable; none = any); priority: CRITICAL, HIGH, NORMAL or LOW")
	List<CaseDocument> list(WorkspaceAccess access, @RequestParam(defaultValue = "ALL") InboxView view,
			@RequestParam(required = false) Set<CaseState> state, @RequestParam(required = false) Priority priority) {
		return this.cases.inbox(access, view, state == null ? Set.of() : state, priority)
			.stream()
			.map((c) -> CaseDocument.of(c, this.clock.instant()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a case with its timeline", description = "The ETag is the case's version.")
	ResponseEntity<CaseDetail> get(WorkspaceAccess access, @PathVariable long id) {
		var view = this.cases.view(access, new CaseId(id));
		return ResponseEntity.ok()
			.eTag(Integer.toString(view.subject().version()))
			.body(CaseDetail.of(view, this.clock.instant()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a case by hand", description = "One case per signal: 409 when the signal has one.")
	ResponseEntity<CaseDocument> open(WorkspaceAccess access, @RequestBody NewCaseRequest body) {
		CaseId id = this.cases.open(access,
				new NewCase(body.subject(), body.customerReference(),
						body.signalId() == null ? null : new SignalId(body.signalId()), body.touchpointKey(),
						body.priority(), body.assignee(), body.team()));
		Case opened = this.cases.get(access, id);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
			.eTag(Integer.toString(opened.version()))
			.body(CaseDocument.of(opened, this.clock.instant()));
	}

	@PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move a case to another state",
			description = "OPEN → CONTACTED, RESOLVED, LOST; CONTACTED → RESOLVED, LOST; RESOLVED → RECOVERED, LOST, OPEN (reopen); RECOVERED, LOST → OPEN. 409 otherwise.")
	ResponseEntity<CaseDocument> transition(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody TransitionRequest body) {
		return changed(ifMatch, body.version(),
				(version) -> this.cases.moveTo(access, new CaseId(id), version, body.to(), body.reason()));
	}

	@PostMapping(path = "/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log a contact with the customer (channel and outcome)")
	ResponseEntity<CaseDocument> contact(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ContactRequest body) {
		return changed(ifMatch, body.version(), (version) -> this.cases.logContact(access, new CaseId(id), version,
				body.channel(), body.outcome(), body.text()));
	}

	@PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a note")
	ResponseEntity<CaseDocument> note(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody NoteRequest body) {
		return changed(ifMatch, body.version(),
				(version) -> this.cases.addNote(access, new CaseId(id), version, body.text()));
	}

	@PostMapping(path = "/{id}/compensations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a compensation (apology, discount, coupon, refund, replacement)")
	ResponseEntity<CaseDocument> compensation(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody CompensationRequest body) {
		return changed(ifMatch, body.version(), (version) -> this.cases.giveCompensation(access, new CaseId(id),
				version, new Compensation(body.kind(), body.amount(), body.currency(), body.code())));
	}

	@PostMapping(path = "/{id}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the follow-up answer of a resolved case",
			description = "CSAT ≥ 4 or NPS ≥ 7 (configurable) ends it RECOVERED, otherwise LOST.")
	ResponseEntity<CaseDocument> followUp(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FollowUpAnswer body) {
		return changed(ifMatch, body.version(), (version) -> this.cases.recordFollowUp(access, new CaseId(id), version,
				new Scores(body.nps(), body.csat(), null, null)));
	}

	@PostMapping(path = "/{id}/root-cause", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the root cause, and the touchpoint where it lies (default: the case's)")
	ResponseEntity<CaseDocument> rootCause(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RootCauseRequest body) {
		return changed(ifMatch, body.version(), (version) -> this.cases.chooseRootCause(access, new CaseId(id), version,
				body.cause(), body.touchpointKey()));
	}

	@PostMapping(path = "/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assign the case to a member who works cases, and/or a team")
	ResponseEntity<CaseDocument> assign(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody AssignmentRequest body) {
		return changed(ifMatch, body.version(),
				(version) -> this.cases.assign(access, new CaseId(id), version, body.assignee(), body.team()));
	}

	private ResponseEntity<CaseDocument> changed(String ifMatch, Integer version, IntFunction<Case> change) {
		Case c = change.apply(versionOf(ifMatch, version));
		return ResponseEntity.ok().eTag(Integer.toString(c.version())).body(CaseDocument.of(c, this.clock.instant()));
	}

	private static int versionOf(String ifMatch, Integer version) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			try {
				return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
			}
			catch (NumberFormatException ex) {
				throw Problem.invalid("recovery.version.invalid");
			}
		}
		if (version == null) {
			throw Problem.withStatus(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
					"recovery.version.required");
		}
		return version;
	}

}
