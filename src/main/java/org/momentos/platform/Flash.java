package org.momentos.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once on the next page after a form is sent (post, redirect, get). */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("success", messageKey);
		redirect.addFlashAttribute("successArgs", arguments);
	}

	/**
	 * Shows a problem the person can correct (invalid input, a conflict) on the next
	 * page. A refusal they cannot correct there (forbidden, not found) is thrown on to
	 * the error page.
	 */
	public static void error(RedirectAttributes redirect, Problem problem) {
		if (problem.status() == HttpStatus.FORBIDDEN || problem.status() == HttpStatus.NOT_FOUND) {
			throw problem;
		}
		redirect.addFlashAttribute("error", problem.messageKey());
		redirect.addFlashAttribute("errorArgs", problem.arguments());
	}

}
