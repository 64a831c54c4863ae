package org.momentos.workspace.internal;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workspace settings (its name) and the audit trail. */
@Controller
class WorkspaceSettingsController {

	private final Workspaces workspaces;

	private final AuditTrail audit;

	WorkspaceSettingsController(Workspaces workspaces, AuditTrail audit) {
		this.workspaces = workspaces;
		this.audit = audit;
	}

	@GetMapping("/w/{workspace}/settings")
	String settings(WorkspaceAccess access) {
		access.require(Permission.MANAGE_WORKSPACE);
		return "workspace/settings";
	}

	@PostMapping("/w/{workspace}/settings")
	String rename(WorkspaceAccess access, @RequestParam String name, RedirectAttributes redirect) {
		try {
			this.workspaces.rename(access, name);
			this.audit.record(access, "workspace.renamed", name);
			Flash.success(redirect, "workspace.renamed");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/settings";
	}

	@GetMapping("/w/{workspace}/audit")
	String audit(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_API_KEYS);
		model.addAttribute("entries", this.audit.latest(access.workspaceId(), 200));
		return "workspace/audit";
	}

}
