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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports of a journey's health: the live map as PDF and PNG, and the weekly dashboard
 * page (printable).
 */
@Controller
class HealthReportsController {

	private final Journeys journeys;

	private final JourneyHealth health;

	private final LiveMapDrawing drawing;

	private final WeeklyDashboard weekly;

	HealthReportsController(Journeys journeys, JourneyHealth health, LiveMapDrawing drawing, WeeklyDashboard weekly) {
		this.journeys = journeys;
		this.health = health;
		this.drawing = drawing;
		this.weekly = weekly;
	}

	@GetMapping("/w/{workspace}/journeys/{id}/health.pdf")
	ResponseEntity<byte[]> pdf(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		Map map = map(access, id, from, to, locale);
		return file(this.drawing.pdf(map.title(), map.svg()), MediaType.APPLICATION_PDF, map.fileName() + ".pdf");
	}

	@GetMapping("/w/{workspace}/journeys/{id}/health.png")
	ResponseEntity<byte[]> png(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		Map map = map(access, id, from, to, locale);
		return file(this.drawing.png(map.svg()), MediaType.IMAGE_PNG, map.fileName() + ".png");
	}

	@GetMapping("/w/{workspace}/journeys/{id}/weekly")
	String weekly(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		model.addAttribute("journey", journey);
		model.addAttribute("week", this.weekly.of(access, journey, end, locale));
		return "analytics/weekly";
	}

	private Map map(WorkspaceAccess access, long id, LocalDate from, LocalDate to, Locale locale) {
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		Journey journey = this.journeys.get(access, new JourneyId(id));
		JourneyHealth.Report report = this.health.of(access, journey.id(), start, end);
		String title = journey.name() + " · " + start + " – " + end;
		return new Map(title, this.drawing.svg(access, journey, report, start, end, locale),
				"journey-" + id + "-health-" + start + "-" + end);
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private record Map(String title, String svg, String fileName) {
	}

}
