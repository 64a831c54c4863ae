package org.momentos.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once on the next page after a form is sent (post, redirect, get). */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("success", messageKey);
		redirect.addFlashAttribute("successArgs", arguments);
	}

	public static void error(RedirectAttributes redirect, Problem problem) {
		redirect.addFlashAttribute("error", problem.messageKey());
		redirect.addFlashAttribute("errorArgs", problem.arguments());
	}

}
