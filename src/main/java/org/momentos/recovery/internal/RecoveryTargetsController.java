package org.momentos.recovery.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.recovery.FollowUpThreshold;
import org.momentos.recovery.Priority;
import org.momentos.recovery.SlaPolicy;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workspace's SLA targets per priority (in hours) and its follow-up threshold, edited
 * together by an admin on the recovery settings page. New targets apply to cases opened,
 * reopened or re-prioritised from then on; all or nothing is saved.
 */
@Controller
@RequestMapping("/w/{workspace}/recovery/settings/targets")
class RecoveryTargetsController {

	private static final double MAX_HOURS = 24 * 365;

	private final RecoverySettingsStore settings;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	RecoveryTargetsController(RecoverySettingsStore settings, AuditTrail audit, TransactionTemplate transactions) {
		this.settings = settings;
		this.audit = audit;
		this.transactions = transactions;
	}

	@PostMapping
	String save(WorkspaceAccess access, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_ALERT_RULES);
		try {
			Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				String key = priority.name().toLowerCase();
				Duration firstContact = hours(form.get(key + ".firstContact"));
				Duration resolution = hours(form.get(key + ".resolution"));
				if (resolution.compareTo(firstContact) < 0) {
					throw Problem.invalid("recovery.targets.order");
				}
				targets.put(priority, new SlaPolicy.Targets(firstContact, resolution));
			}
			FollowUpThreshold threshold = new FollowUpThreshold(whole(form.get("minCsat"), 1, 5),
					whole(form.get("minNps"), 0, 10));
			this.transactions.executeWithoutResult((status) -> {
				targets
					.forEach((priority, target) -> this.settings.saveTargets(access.workspaceId(), priority, target));
				this.settings.saveThreshold(access.workspaceId(), threshold);
			});
			this.audit.record(access, "recovery.targets.changed",
					"CSAT ≥ " + threshold.minCsat() + ", NPS ≥ " + threshold.minNps());
			Flash.success(redirect, "recovery.targets.saved");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/recovery/settings";
	}

	private static Duration hours(String text) {
		try {
			double hours = Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
			long minutes = Math.round(hours * 60);
			if (!(hours > 0) || hours > MAX_HOURS || minutes < 1) {
				throw Problem.invalid("recovery.targets.hours");
			}
			return Duration.ofMinutes(minutes);
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("recovery.targets.hours");
		}
	}

	private static int whole(String text, int min, int max) {
		try {
			int value = Integer.parseInt(text == null ? "" : text.strip());
			if (value < min || value > max) {
				throw Problem.invalid("recovery.targets.threshold");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("recovery.targets.threshold");
		}
	}

}
