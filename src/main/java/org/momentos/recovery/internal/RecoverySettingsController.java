package org.momentos.recovery.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.momentos.analytics.Verdict;
import org.momentos.insight.Flag;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.recovery.AlertActions;
import org.momentos.recovery.AlertActions.Assignment;
import org.momentos.recovery.AlertConditions;
import org.momentos.recovery.AlertRule;
import org.momentos.recovery.Priority;
import org.momentos.workspace.AuditTrail;
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
 * Recovery settings for admins: teams (a team name per member), alert rules and outbound
 * webhooks.
 */
@Controller
@RequestMapping("/w/{workspace}/recovery/settings")
class RecoverySettingsController {

	private final RecoveryTeams teams;

	private final AlertRuleStore rules;

	private final WebhookStore webhooks;

	private final WorkspaceMembers members;

	private final Journeys journeys;

	private final AuditTrail audit;

	private final RecoverySettingsStore settings;

	private final WebhookLog deliveries;

	RecoverySettingsController(RecoveryTeams teams, AlertRuleStore rules, WebhookStore webhooks,
			WorkspaceMembers members, Journeys journeys, AuditTrail audit, RecoverySettingsStore settings,
			WebhookLog deliveries) {
		this.settings = settings;
		this.deliveries = deliveries;
		this.teams = teams;
		this.rules = rules;
		this.webhooks = webhooks;
		this.members = members;
		this.journeys = journeys;
		this.audit = audit;
	}

	@GetMapping
	String settings(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_CASES);
		model.addAttribute("members",
				this.members.of(access.workspaceId())
					.stream()
					.filter((member) -> member.may(Permission.WORK_CASES))
					.toList());
		model.addAttribute("teams", this.teams.all(access.workspaceId()));
		boolean mayManageRules = access.may(Permission.MANAGE_ALERT_RULES);
		model.addAttribute("rules", mayManageRules ? this.rules.rules(access.workspaceId()) : List.of());
		model.addAttribute("webhooks", mayManageRules ? this.webhooks.list(access.workspaceId()) : List.of());
		model.addAttribute("deliveries", mayManageRules ? this.deliveries.latest(access.workspaceId(), 20) : List.of());
		model.addAttribute("touchpoints", this.journeys.publishedTouchpoints(access.workspaceId()));
		model.addAttribute("touchpointNames",
				CaseInboxController.touchpointNames(this.journeys.publishedTouchpoints(access.workspaceId())));
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("flags", Flag.values());
		model.addAttribute("moments", MomentKind.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("assignments", Assignment.values());
		model.addAttribute("policy", this.settings.policyOf(access.workspaceId()));
		model.addAttribute("threshold", this.settings.thresholdOf(access.workspaceId()));
		return "recovery/settings";
	}

	@PostMapping("/teams")
	String placeInTeam(WorkspaceAccess access, @RequestParam String email, @RequestParam(defaultValue = "") String team,
			RedirectAttributes redirect) {
		access.require(Permission.MANAGE_CASES);
		boolean member = this.members.of(access.workspaceId())
			.stream()
			.anyMatch((candidate) -> candidate.email().equals(email));
		if (!member || team.strip().length() > 120) {
			Flash.error(redirect, Problem.invalid("recovery.team.invalid"));
		}
		else {
			this.teams.place(access.workspaceId(), email, team);
			this.audit.record(access, "recovery.team.changed", email + " → " + team);
			Flash.success(redirect, "recovery.team.saved");
		}
		return back(access);
	}

	@PostMapping("/rules")
	String addRule(WorkspaceAccess access, @RequestParam String name,
			@RequestParam(required = false) Set<Verdict> verdicts, @RequestParam(required = false) Integer npsAtMost,
			@RequestParam(required = false) Integer csatAtMost, @RequestParam(required = false) Double sentimentAtMost,
			@RequestParam(defaultValue = "") String themes, @RequestParam(required = false) Set<Flag> flags,
			@RequestParam(required = false) UUID touchpoint, @RequestParam(required = false) Set<MomentKind> moments,
			@RequestParam(defaultValue = "") String attribute, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(required = false) BigDecimal minCustomerValue,
			@RequestParam(defaultValue = "false") boolean openCase, @RequestParam(required = false) Priority priority,
			@RequestParam(defaultValue = "NONE") Assignment assignment, @RequestParam(defaultValue = "") String team,
			@RequestParam(defaultValue = "") String notify, @RequestParam(defaultValue = "false") boolean webhook,
			RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		try {
			if (name.isBlank() || name.strip().length() > 120 || (assignment == Assignment.TEAM && team.isBlank())) {
				throw Problem.invalid("recovery.rule.invalid");
			}
			AlertConditions conditions = new AlertConditions(verdicts, npsAtMost, csatAtMost, sentimentAtMost,
					Set.copyOf(split(themes)), flags, touchpoint == null ? Set.of() : Set.of(touchpoint), moments,
					attribute(attribute), consent, minCustomerValue);
			AlertActions actions = new AlertActions(openCase, priority, assignment, team, split(notify), webhook);
			this.rules.add(access.workspaceId(), new AlertRule(0, name.strip(), true, conditions, actions));
			this.audit.record(access, "recovery.rule.added", name.strip());
			Flash.success(redirect, "recovery.rule.added");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return back(access);
	}

	@PostMapping("/rules/{id}/enabled")
	String enable(WorkspaceAccess access, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		if (!this.rules.setEnabled(access.workspaceId(), id, enabled)) {
			throw Problem.notFound("recovery.rule.notFound");
		}
		Flash.success(redirect, "recovery.rule.saved");
		return back(access);
	}

	@PostMapping("/rules/{id}/delete")
	String deleteRule(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		String name = this.rules.delete(access.workspaceId(), id)
			.orElseThrow(() -> Problem.notFound("recovery.rule.notFound"));
		this.audit.record(access, "recovery.rule.deleted", name);
		Flash.success(redirect, "recovery.rule.deleted");
		return back(access);
	}

	@PostMapping("/webhooks")
	String addWebhook(WorkspaceAccess access, @RequestParam String url, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		try {
			this.webhooks.add(access.workspaceId(), url);
			this.audit.record(access, "recovery.webhook.added", url);
			Flash.success(redirect, "recovery.webhook.added");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return back(access);
	}

	@PostMapping("/webhooks/{id}/delete")
	String deleteWebhook(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		String url = this.webhooks.delete(access.workspaceId(), id)
			.orElseThrow(() -> Problem.notFound("recovery.webhook.notFound"));
		this.audit.record(access, "recovery.webhook.deleted", url);
		Flash.success(redirect, "recovery.webhook.deleted");
		return back(access);
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static Map<String, String> attribute(String text) {
		if (text.isBlank()) {
			return Map.of();
		}
		int equals = text.indexOf('=');
		if (equals < 1) {
			throw Problem.invalid("recovery.rule.attribute.invalid");
		}
		return Map.of(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
	}

	private static String back(WorkspaceAccess access) {
		return "redirect:/w/" + access.slug() + "/recovery/settings";
	}

}
