package org.momentos.journey.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.Journeys;
import org.momentos.journey.internal.JourneyDocuments.JourneyDocument;
import org.momentos.journey.internal.JourneyDocuments.JourneyListItem;
import org.momentos.journey.internal.JourneyDocuments.JourneyUpdate;
import org.momentos.journey.internal.JourneyDocuments.NewJourney;
import org.momentos.journey.internal.JourneyDocuments.Published;
import org.momentos.journey.internal.JourneyDocuments.TemplateItem;
import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journey REST API. The API key decides the workspace; the key's scopes what it may
 * do.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journeys", description = "Customer journey maps: stages (moments of truth) and touchpoints, versioned")
@SecurityRequirement(name = "apiKey")
class JourneyApiController {

	private final Journeys journeys;

	private final JourneyTemplates templates;

	private final JourneyMapSvg svg;

	JourneyApiController(Journeys journeys, JourneyTemplates templates, JourneyMapSvg svg) {
		this.journeys = journeys;
		this.templates = templates;
		this.svg = svg;
	}

	@GetMapping("/journeys")
	@Operation(summary = "List the workspace's journeys")
	List<JourneyListItem> list(WorkspaceAccess access) {
		return this.journeys.list(access).stream().map(JourneyListItem::of).toList();
	}

	@GetMapping("/journey-templates")
	@Operation(summary = "List journey templates, in the language of Accept-Language")
	List<TemplateItem> templates(WorkspaceAccess access, Locale locale) {
		return this.templates.all()
			.stream()
			.map((template) -> new TemplateItem(template.id(), template.name(locale), template.description(locale)))
			.toList();
	}

	@GetMapping("/journeys/{id}")
	@Operation(summary = "Get a journey: its draft, latest published version and history",
			description = "The ETag is the journey's revision; send it back in If-Match (or as 'revision') to update.")
	ResponseEntity<JourneyDocument> get(WorkspaceAccess access, @PathVariable long id) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		return ResponseEntity.ok().eTag(Integer.toString(journey.revision())).body(JourneyDocument.of(journey));
	}

	@PostMapping(path = "/journeys", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a journey, blank, from stages, or from a template")
	ResponseEntity<JourneyDocument> create(WorkspaceAccess access, @RequestBody NewJourney body, Locale locale) {
		JourneyId id;
		if (body.template() != null && !body.template().isBlank()) {
			Locale content = body.language() == null ? locale : Locale.forLanguageTag(body.language());
			id = this.journeys.createFromTemplate(access, body.template(), body.name(), content);
		}
		else {
			id = this.journeys.create(access, body.name(), body.description(), JourneyDocuments.mapOf(body.stages()));
		}
		Journey journey = this.journeys.get(access, id);
		return ResponseEntity.created(URI.create("/api/v1/journeys/" + id))
			.eTag(Integer.toString(journey.revision()))
			.body(JourneyDocument.of(journey));
	}

	@PutMapping(path = "/journeys/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace the journey's draft (name, description, stages and touchpoints)",
			description = "Requires the current revision (If-Match or 'revision'); 409 when someone saved first.")
	ResponseEntity<JourneyDocument> update(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JourneyUpdate body) {
		int revision = revisionOf(ifMatch, body.revision());
		JourneyMap map = JourneyDocuments.mapOf(body.stages());
		Journey journey = this.journeys.replace(access, new JourneyId(id), revision, body.name(), body.description(),
				map);
		return ResponseEntity.ok().eTag(Integer.toString(journey.revision())).body(JourneyDocument.of(journey));
	}

	@PostMapping("/journeys/{id}/publish")
	@Operation(summary = "Publish the draft as a new immutable version")
	Published publish(WorkspaceAccess access, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestParam(required = false) Integer revision) {
		return new Published(this.journeys.publish(access, new JourneyId(id), revisionOf(ifMatch, revision)));
	}

	@DeleteMapping("/journeys/{id}")
	@Operation(summary = "Delete a journey and all its versions")
	ResponseEntity<Void> delete(WorkspaceAccess access, @PathVariable long id) {
		this.journeys.delete(access, new JourneyId(id));
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/journeys/{id}/map.svg", produces = "image/svg+xml")
	@Operation(summary = "The journey map as SVG (latest published version, or ?version=N)")
	ResponseEntity<byte[]> map(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) Integer version, Locale locale) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		Journey.Version shown = this.journeys.versionOrCurrent(access, journey, version);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(this.svg.render(journey.name(), shown.map(), locale).getBytes(StandardCharsets.UTF_8));
	}

	private static int revisionOf(String ifMatch, Integer revision) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			try {
				return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
			}
			catch (NumberFormatException ex) {
				throw Problem.invalid("journey.revision.invalid");
			}
		}
		if (revision == null) {
			throw Problem.withStatus(HttpStatus.PRECONDITION_REQUIRED, "journey.revision.required");
		}
		return revision;
	}

}
