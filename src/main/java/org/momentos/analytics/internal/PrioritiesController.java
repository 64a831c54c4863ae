package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.momentos.analytics.EmergingPhrases;
import org.momentos.analytics.Priorities;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What to fix first: key drivers as an impact × performance matrix, and emerging themes.
 */
@Controller
class PrioritiesController {

	private final Priorities priorities;

	private final EmergingPhrases phrases;

	PrioritiesController(Priorities priorities, EmergingPhrases phrases) {
		this.priorities = priorities;
		this.phrases = phrases;
	}

	@GetMapping("/w/{workspace}/priorities")
	String priorities(WorkspaceAccess access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate start = from == null ? end.minusDays(6) : from;
		Priorities.Report report = this.priorities.of(access, start, end);
		double maxImpact = report.drivers().stream().mapToDouble(Priorities.ThemeDriver::impact).max().orElse(1);
		model.addAttribute("report", report);
		model.addAttribute("phrases", this.phrases.of(access, null, start, end));
		model.addAttribute("maxImpact", maxImpact <= 0 ? 1 : maxImpact);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "analytics/priorities";
	}

}
