package org.momentos.signal.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Connect and disconnect inbound webhooks; shows the address and secret to paste. */
@Controller
class WebhookPagesController {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Webhooks webhooks;

	private final AuditTrail audit;

	WebhookPagesController(Webhooks webhooks, AuditTrail audit) {
		this.webhooks = webhooks;
		this.audit = audit;
	}

	@GetMapping("/w/{workspace}/signals/webhooks")
	String list(WorkspaceAccess access, HttpServletRequest request, Model model) {
		access.require(Permission.MANAGE_SIGNALS);
		model.addAttribute("connected", this.webhooks.list(access.workspaceId()));
		model.addAttribute("adapters", WebhookAdapter.values());
		model.addAttribute("base",
				ServletUriComponentsBuilder.fromContextPath(request)
					.path("/hooks/" + access.slug() + "/")
					.toUriString());
		return "signal/webhooks";
	}

	@PostMapping("/w/{workspace}/signals/webhooks")
	String connect(WorkspaceAccess access, @RequestParam WebhookAdapter adapter,
			@RequestParam(required = false) String secret, @RequestParam(required = false) String mapping,
			RedirectAttributes redirect) {
		try {
			Map<String, String> fields = new LinkedHashMap<>();
			if (mapping != null && !mapping.isBlank()) {
				try {
					fields.putAll(json.readValue(mapping, new TypeReference<Map<String, String>>() {
					}));
				}
				catch (JacksonException ex) {
					throw Problem.invalid("webhook.mapping.invalid");
				}
			}
			this.webhooks.connect(access, adapter, secret, fields);
			this.audit.record(access, "signals.webhookConnected", adapter.id());
			Flash.success(redirect, "webhook.connected", adapter.id());
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/signals/webhooks";
	}

	@PostMapping("/w/{workspace}/signals/webhooks/{adapter}/delete")
	String disconnect(WorkspaceAccess access, @PathVariable WebhookAdapter adapter, RedirectAttributes redirect) {
		this.webhooks.disconnect(access, adapter);
		this.audit.record(access, "signals.webhookDisconnected", adapter.id());
		Flash.success(redirect, "webhook.disconnected", adapter.id());
		return "redirect:/w/" + access.slug() + "/signals/webhooks";
	}

}
