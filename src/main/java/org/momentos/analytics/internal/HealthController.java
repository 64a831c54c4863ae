package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.momentos.analytics.JourneyHealth;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live journey map: the map with its emotion curve and touchpoint health, and the
 * figures.
 */
@Controller
class HealthController {

	private final Journeys journeys;

	private final JourneyHealth health;

	private final LiveMapDrawing drawing;

	HealthController(Journeys journeys, JourneyHealth health, LiveMapDrawing drawing) {
		this.journeys = journeys;
		this.health = health;
		this.drawing = drawing;
	}

	@GetMapping("/w/{workspace}/journeys/{id}/health")
	String health(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		Journey journey = this.journeys.get(access, new JourneyId(id));
		JourneyHealth.Report report = this.health.of(access, journey.id(), start, end);
		model.addAttribute("journey", journey);
		model.addAttribute("report", report);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("mapSvg", this.drawing.svg(access, journey, report, start, end, locale));
		return "analytics/health";
	}

}
