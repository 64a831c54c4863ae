package org.momentos.recovery.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.momentos.journey.Journeys;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.CaseView;
import org.momentos.recovery.Cases;
import org.momentos.recovery.Compensation;
import org.momentos.recovery.CompensationKind;
import org.momentos.recovery.ContactChannel;
import org.momentos.recovery.ContactOutcome;
import org.momentos.recovery.Priority;
import org.momentos.recovery.RootCause;
import org.momentos.signal.Scores;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceMembers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: the customer's whole story and the forms to work the case. Every form
 * carries the version the page was drawn from; a stale one gets a conflict message.
 */
@Controller
@RequestMapping("/w/{workspace}/cases/{id}")
class CaseController {

	private final Cases cases;

	private final Journeys journeys;

	private final WorkspaceMembers members;

	private final Clock clock;

	CaseController(Cases cases, Journeys journeys, WorkspaceMembers members, Clock clock) {
		this.cases = cases;
		this.journeys = journeys;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping
	String show(WorkspaceAccess access, @PathVariable long id, Model model) {
		CaseView view = this.cases.view(access, new CaseId(id));
		model.addAttribute("view", view);
		model.addAttribute("c", view.subject());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("touchpoints", this.journeys.publishedTouchpoints(access.workspaceId()));
		model.addAttribute("touchpointNames",
				CaseInboxController.touchpointNames(this.journeys.publishedTouchpoints(access.workspaceId())));
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("outcomes", ContactOutcome.values());
		model.addAttribute("compensations", CompensationKind.values());
		model.addAttribute("rootCauses", RootCause.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("next", view.subject().state().next());
		model.addAttribute("workers",
				this.members.of(access.workspaceId())
					.stream()
					.filter((member) -> member.may(Permission.WORK_CASES))
					.toList());
		return "recovery/case";
	}

	@PostMapping("/contacts")
	String contact(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam ContactChannel channel, @RequestParam ContactOutcome outcome,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.contact.logged",
				() -> this.cases.logContact(access, new CaseId(id), version, channel, outcome, text));
	}

	@PostMapping("/notes")
	String note(WorkspaceAccess access, @PathVariable long id, @RequestParam int version, @RequestParam String text,
			RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.note.added",
				() -> this.cases.addNote(access, new CaseId(id), version, text));
	}

	@PostMapping("/compensations")
	String compensation(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam CompensationKind kind, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String code,
			RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.compensation.recorded", () -> this.cases.giveCompensation(access,
				new CaseId(id), version, new Compensation(kind, amount, currency, code)));
	}

	@PostMapping("/root-cause")
	String rootCause(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam RootCause cause, @RequestParam(required = false) UUID touchpointKey,
			RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.rootCause.recorded",
				() -> this.cases.chooseRootCause(access, new CaseId(id), version, cause, touchpointKey));
	}

	@PostMapping("/transitions")
	String transition(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam CaseState to, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.transition.done",
				() -> this.cases.moveTo(access, new CaseId(id), version, to, reason));
	}

	@PostMapping("/assignment")
	String assign(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "") String assignee, @RequestParam(required = false) String team,
			RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.assignment.done",
				() -> this.cases.assign(access, new CaseId(id), version, assignee, team));
	}

	@PostMapping("/priority")
	String priority(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam Priority priority, RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.priority.changed",
				() -> this.cases.changePriority(access, new CaseId(id), version, priority));
	}

	@PostMapping("/follow-up")
	String followUp(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Integer nps, @RequestParam(required = false) Integer csat,
			RedirectAttributes redirect) {
		return act(access, id, redirect, "recovery.followUp.recorded",
				() -> this.cases.recordFollowUp(access, new CaseId(id), version, new Scores(nps, csat, null, null)));
	}

	private String act(WorkspaceAccess access, long id, RedirectAttributes redirect, String success,
			Supplier<?> action) {
		try {
			action.get();
			Flash.success(redirect, success);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/cases/" + id;
	}

}
