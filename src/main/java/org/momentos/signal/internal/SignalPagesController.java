package org.momentos.signal.internal;

import java.util.UUID;

import org.momentos.journey.Journeys;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.signal.SignalFilter;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.signal.internal.SignalSettings.Settings;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signals pages: the list with filters, one signal, a customer's erasure, and the
 * workspace's signal settings (privacy, retention, API rate).
 */
@Controller
class SignalPagesController {

	private final Signals signals;

	private final SignalSettings settings;

	private final AuditTrail audit;

	private final Journeys journeys;

	SignalPagesController(Signals signals, SignalSettings settings, AuditTrail audit, Journeys journeys) {
		this.signals = signals;
		this.settings = settings;
		this.audit = audit;
		this.journeys = journeys;
	}

	@GetMapping("/w/{workspace}/signals")
	String list(WorkspaceAccess access, @RequestParam(required = false) SignalSource source,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String customer, @RequestParam(required = false) String q,
			@RequestParam(required = false) String touchpoint, @RequestParam(required = false) String cursor,
			Model model) {
		access.require(Permission.VIEW);
		SignalFilter filter = new SignalFilter(source, SignalApiController.instantOf(from),
				SignalApiController.instantOf(to), touchpointOf(touchpoint), customer, null, q);
		model.addAttribute("page", this.signals.list(access.workspaceId(), filter, cursor, 50));
		model.addAttribute("sources", SignalSource.values());
		model.addAttribute("touchpoints", this.journeys.publishedTouchpoints(access.workspaceId()));
		model.addAttribute("filter", filter);
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		return "signal/list";
	}

	private static UUID touchpointOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("signal.touchpoint.invalid");
		}
	}

	@GetMapping("/w/{workspace}/signals/{id}")
	String show(WorkspaceAccess access, @PathVariable long id, Model model) {
		access.require(Permission.VIEW);
		model.addAttribute("signal", this.signals.find(access.workspaceId(), new SignalId(id))
			.orElseThrow(() -> Problem.notFound("signal.notFound")));
		return "signal/show";
	}

	@PostMapping("/w/{workspace}/signals/erasure")
	String erase(WorkspaceAccess access, @RequestParam String customerReference, RedirectAttributes redirect) {
		try {
			int erased = this.signals.eraseCustomer(access, customerReference);
			Flash.success(redirect, "signal.erasure.done", erased);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/signals";
	}

	@GetMapping("/w/{workspace}/signals/settings")
	String settings(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_SIGNALS);
		model.addAttribute("settings", this.settings.of(access.workspaceId()));
		return "signal/settings";
	}

	@PostMapping("/w/{workspace}/signals/settings")
	String saveSettings(WorkspaceAccess access, @RequestParam(defaultValue = "false") boolean hashCustomerReferences,
			@RequestParam(required = false) Integer retentionDays, @RequestParam int requestsPerSecond,
			RedirectAttributes redirect) {
		access.require(Permission.MANAGE_SIGNALS);
		try {
			Settings saved = this.settings.update(access.workspaceId(), hashCustomerReferences, retentionDays,
					requestsPerSecond);
			this.audit.record(access, "signals.settingsChanged", "hash=" + saved.hashCustomerReferences()
					+ " retentionDays=" + saved.retentionDays() + " requestsPerSecond=" + saved.requestsPerSecond());
			Flash.success(redirect, "signal.settings.saved");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/signals/settings";
	}

}
