package org.momentos.recovery.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.momentos.journey.Journeys;
import org.momentos.platform.Problem;
import org.momentos.recovery.RecoveryFigures;
import org.momentos.recovery.RecoveryFigures.Period;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The recovery dashboard: how many complaints became compliments, and how fast. */
@Controller
@RequestMapping("/w/{workspace}/recovery")
class RecoveryDashboardController {

	private final RecoveryFigures figures;

	private final Journeys journeys;

	RecoveryDashboardController(RecoveryFigures figures, Journeys journeys) {
		this.figures = figures;
		this.journeys = journeys;
	}

	@GetMapping
	String dashboard(WorkspaceAccess access, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model) {
		Period period;
		try {
			period = new Period(day(from), day(to));
		}
		catch (Problem problem) {
			model.addAttribute("error", problem.messageKey());
			model.addAttribute("errorArgs", problem.arguments());
			period = Period.ALL;
		}
		model.addAttribute("overview", this.figures.overview(access, period));
		model.addAttribute("period", period);
		Map<String, String> labels = new HashMap<>();
		CaseInboxController.touchpointNames(this.journeys.publishedTouchpoints(access.workspaceId()))
			.forEach((key, name) -> labels.put(key.toString(), name));
		model.addAttribute("touchpointNames", labels);
		model.addAttribute("journeys", this.journeys.list(access));
		return "recovery/dashboard";
	}

	private static LocalDate day(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("recovery.period.invalid");
		}
	}

}
