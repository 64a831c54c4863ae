package org.momentos.recovery.internal;

import java.util.HashMap;
import java.util.Map;

import org.momentos.journey.Journeys;
import org.momentos.recovery.RecoveryFigures;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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
	String dashboard(WorkspaceAccess access, Model model) {
		model.addAttribute("overview", this.figures.overview(access));
		Map<String, String> labels = new HashMap<>();
		CaseInboxController.touchpointNames(this.journeys.publishedTouchpoints(access.workspaceId()))
			.forEach((key, name) -> labels.put(key.toString(), name));
		model.addAttribute("touchpointNames", labels);
		return "recovery/dashboard";
	}

}
