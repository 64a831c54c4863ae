package org.momentos.workspace.internal;

import org.momentos.workspace.Permission;
import org.momentos.workspace.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The table of roles and permissions, drawn from {@link Role} itself so it cannot drift.
 */
@Controller
class RolesController {

	@GetMapping("/help/roles")
	String roles(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("permissions", Permission.values());
		return "workspace/roles";
	}

}
