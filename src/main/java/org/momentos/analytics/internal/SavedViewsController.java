package org.momentos.analytics.internal;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saves and deletes the explorer's named views. */
@Controller
class SavedViewsController {

	private final SavedViews views;

	SavedViewsController(SavedViews views) {
		this.views = views;
	}

	@PostMapping("/w/{workspace}/explorer/views")
	String save(WorkspaceAccess access, @RequestParam(required = false) String name,
			@RequestParam(required = false) String query, @RequestParam(defaultValue = "false") boolean shared,
			RedirectAttributes redirect) {
		String back = "redirect:/w/" + access.slug() + "/explorer"
				+ (query == null || query.isBlank() ? "" : "?" + query.replaceAll("[\\r\\n]", ""));
		try {
			this.views.save(access, name, query, shared);
			Flash.success(redirect, "explorer.view.saved", name.strip());
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return back;
	}

	@PostMapping("/w/{workspace}/explorer/views/{id}/delete")
	String delete(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.views.delete(access, id);
			Flash.success(redirect, "explorer.view.deleted");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/explorer";
	}

}
