package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.momentos.analytics.JourneyHealth;
import org.momentos.analytics.internal.HealthDocuments.ReportDocument;
import org.momentos.journey.JourneyId;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moment health of a journey, its stages and touchpoints, as JSON. */
@RestController
@Tag(name = "Moment health",
		description = "NPS, CSAT, CES, sentiment, verdict shares and themes per journey, "
				+ "stage and touchpoint, with changes against the previous period")
@SecurityRequirement(name = "apiKey")
class HealthApiController {

	private final JourneyHealth health;

	HealthApiController(JourneyHealth health) {
		this.health = health;
	}

	@GetMapping(path = "/api/v1/journeys/{id}/health", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Health of a journey over a period (default: the last 30 days)",
			description = "Changes are tested against the previous period of the same length: NPS by a two-sample "
					+ "z-test, shares by a two-proportion z-test, means by Welch's t-test; alpha 0.05, "
					+ "at least 30 answers per period.")
	ReportDocument health(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		return ReportDocument.of(this.health.of(access, new JourneyId(id), start, end));
	}

}
