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
import org.springframework.web.bind.annotation.BindParam;
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
	String addRule(WorkspaceAccess access, RuleForm form, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		try {
			AlertRule rule = form.rule(0, true);
			this.rules.add(access.workspaceId(), rule);
			this.audit.record(access, "recovery.rule.added", rule.name());
			Flash.success(redirect, "recovery.rule.added");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return back(access);
	}

	@GetMapping("/rules/{id}/edit")
	String editRule(WorkspaceAccess access, @PathVariable long id, Model model) {
		access.require(Permission.MANAGE_ALERT_RULES);
		model.addAttribute("editing", this.rules.find(access.workspaceId(), id)
			.orElseThrow(() -> Problem.notFound("recovery.rule.notFound")));
		model.addAttribute("touchpoints", this.journeys.publishedTouchpoints(access.workspaceId()));
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("flags", Flag.values());
		model.addAttribute("moments", MomentKind.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("assignments", Assignment.values());
		return "recovery/rule-edit";
	}

	@PostMapping("/rules/{id}")
	String changeRule(WorkspaceAccess access, @PathVariable long id, RuleForm form, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		AlertRule current = this.rules.find(access.workspaceId(), id)
			.orElseThrow(() -> Problem.notFound("recovery.rule.notFound"));
		try {
			AlertRule changed = form.rule(id, current.enabled());
			this.rules.update(access.workspaceId(), id, changed);
			this.audit.record(access, "recovery.rule.changed", changed.name());
			Flash.success(redirect, "recovery.rule.saved");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/recovery/settings/rules/" + id + "/edit";
		}
		return back(access);
	}

	/** The fields of the alert rule form (adding or editing). */
	record RuleForm(String name, Set<Verdict> verdicts, Integer npsAtMost, Integer csatAtMost, Double sentimentAtMost,
			String themes, Set<Flag> flags, UUID touchpoint, Set<MomentKind> moments,
			@BindParam("attribute") String attributeText, Boolean consent, BigDecimal minCustomerValue,
			Boolean openCase, Priority priority, Assignment assignment, String team,
			@BindParam("notify") String notifyEmails, Boolean webhook) {

		AlertRule rule(long id, boolean enabled) {
			String checkedName = this.name == null ? "" : this.name.strip();
			Assignment owner = this.assignment == null ? Assignment.NONE : this.assignment;
			String ownerTeam = this.team == null ? "" : this.team;
			if (checkedName.isEmpty() || checkedName.length() > 120
					|| (owner == Assignment.TEAM && ownerTeam.isBlank())) {
				throw Problem.invalid("recovery.rule.invalid");
			}
			AlertConditions conditions = new AlertConditions(this.verdicts, this.npsAtMost, this.csatAtMost,
					this.sentimentAtMost, Set.copyOf(split(this.themes)), this.flags,
					this.touchpoint == null ? Set.of() : Set.of(this.touchpoint), this.moments,
					attribute(this.attributeText), Boolean.TRUE.equals(this.consent), this.minCustomerValue);
			AlertActions actions = new AlertActions(Boolean.TRUE.equals(this.openCase), this.priority, owner, ownerTeam,
					split(this.notifyEmails), Boolean.TRUE.equals(this.webhook));
			return new AlertRule(id, checkedName, enabled, conditions, actions);
		}

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
		return Arrays.stream((text == null ? "" : text).split(","))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toList();
	}

	private static Map<String, String> attribute(String text) {
		if (text == null || text.isBlank()) {
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
