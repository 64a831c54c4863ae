package org.momentos.workspace.internal;

import java.util.List;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.internal.Workspaces.Membership;
import org.momentos.workspace.internal.Workspaces.Workspace;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start page: the workspaces a person belongs to, and creating a new one. */
@Controller
class HomeController {

	private final Workspaces workspaces;

	HomeController(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal MomentosUser user, Model model) {
		List<Membership> memberships = this.workspaces.workspacesOf(user);
		if (memberships.size() == 1) {
			return "redirect:/w/" + memberships.get(0).slug() + "/journeys";
		}
		model.addAttribute("memberships", memberships);
		return "workspace/home";
	}

	@GetMapping("/workspaces")
	String list(@AuthenticationPrincipal MomentosUser user, Model model) {
		model.addAttribute("memberships", this.workspaces.workspacesOf(user));
		return "workspace/home";
	}

	@PostMapping("/workspaces")
	String create(@AuthenticationPrincipal MomentosUser user, @RequestParam String name, RedirectAttributes redirect) {
		try {
			Workspace workspace = this.workspaces.create(name, user);
			Flash.success(redirect, "workspace.created", workspace.name());
			return "redirect:/w/" + workspace.slug() + "/journeys";
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/workspaces";
		}
	}

}
