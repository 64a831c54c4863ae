package org.momentos.workspace.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API keys of a workspace: create (the secret is shown once), list, revoke. */
@Controller
@RequestMapping("/w/{workspace}/api-keys")
class ApiKeysController {

	private final ApiKeys apiKeys;

	private final AuditTrail audit;

	ApiKeysController(ApiKeys apiKeys, AuditTrail audit) {
		this.apiKeys = apiKeys;
		this.audit = audit;
	}

	@GetMapping
	String list(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_API_KEYS);
		model.addAttribute("keys", this.apiKeys.list(access.workspaceId()));
		model.addAttribute("scopes", ApiScope.values());
		return "workspace/api-keys";
	}

	@PostMapping
	String create(WorkspaceAccess access, @AuthenticationPrincipal MomentosUser user, @RequestParam String name,
			@RequestParam(name = "scope", required = false) List<ApiScope> scopes, RedirectAttributes redirect) {
		try {
			Set<ApiScope> chosen = (scopes == null || scopes.isEmpty()) ? EnumSet.noneOf(ApiScope.class)
					: EnumSet.copyOf(scopes);
			String secret = this.apiKeys.create(access, name, chosen, user.id());
			this.audit.record(access, "apiKey.created", name + " " + chosen);
			redirect.addFlashAttribute("newSecret", secret);
			Flash.success(redirect, "apiKeys.created", name);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/api-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		ApiKeys.ApiKey revoked = this.apiKeys.revoke(access, id);
		this.audit.record(access, "apiKey.revoked", revoked.name() + " (" + revoked.prefix() + ")");
		Flash.success(redirect, "apiKeys.revoked", revoked.name());
		return "redirect:/w/" + access.slug() + "/api-keys";
	}

}
