package org.momentos.recovery.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.Cases;
import org.momentos.recovery.InboxView;
import org.momentos.recovery.NewCase;
import org.momentos.recovery.Priority;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent inbox: my cases, my team's, or all I may see; overdue first. */
@Controller
@RequestMapping("/w/{workspace}/cases")
class CaseInboxController {

	/** What "active" means in the state filter: not ended yet. */
	static final Set<CaseState> ACTIVE = EnumSet.of(CaseState.OPEN, CaseState.CONTACTED, CaseState.RESOLVED);

	private final Cases cases;

	private final Journeys journeys;

	private final Clock clock;

	CaseInboxController(Cases cases, Journeys journeys, Clock clock) {
		this.cases = cases;
		this.journeys = journeys;
		this.clock = clock;
	}

	@GetMapping
	String inbox(WorkspaceAccess access, @RequestParam(required = false) InboxView view,
			@RequestParam(defaultValue = "active") String state, @RequestParam(required = false) Priority priority,
			Model model) {
		access.require(Permission.WORK_CASES);
		InboxView shown = view != null ? view : access.may(Permission.MANAGE_CASES) ? InboxView.ALL : InboxView.MINE;
		Set<CaseState> states = switch (state) {
			case "active" -> ACTIVE;
			case "any" -> Set.of();
			default -> Set.of(CaseState.valueOf(state));
		};
		model.addAttribute("cases", this.cases.inbox(access, shown, states, priority));
		model.addAttribute("view", shown);
		model.addAttribute("state", state);
		model.addAttribute("priority", priority);
		model.addAttribute("views", InboxView.values());
		model.addAttribute("states", CaseState.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("touchpoints", touchpointNames(this.journeys.publishedTouchpoints(access.workspaceId())));
		model.addAttribute("now", this.clock.instant());
		return "recovery/inbox";
	}

	@PostMapping
	String open(WorkspaceAccess access, @RequestParam String subject,
			@RequestParam(defaultValue = "") String customerReference,
			@RequestParam(defaultValue = "NORMAL") Priority priority, @RequestParam(defaultValue = "") String team,
			RedirectAttributes redirect) {
		try {
			CaseId id = this.cases.open(access,
					new NewCase(subject, customerReference, null, null, priority, access.actor(), team));
			Flash.success(redirect, "recovery.case.opened", id);
			return "redirect:/w/" + access.slug() + "/cases/" + id;
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/cases";
		}
	}

	static Map<UUID, String> touchpointNames(List<TouchpointRef> touchpoints) {
		return touchpoints.stream()
			.collect(Collectors.toMap(TouchpointRef::touchpointKey,
					(touchpoint) -> touchpoint.stageName() + " · " + touchpoint.touchpointName(), (a, b) -> a));
	}

}
