package org.momentos.workspace.internal;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: name, language and password. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserAccounts accounts;

	AccountController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String show(@AuthenticationPrincipal MomentosUser user, Model model) {
		model.addAttribute("user", user);
		return "workspace/account";
	}

	@PostMapping("/profile")
	String changeProfile(@AuthenticationPrincipal MomentosUser user, @RequestParam String displayName,
			@RequestParam(required = false) String language, RedirectAttributes redirect) {
		String chosen = PreferredLanguage.supported(language) == null ? null : language;
		if (displayName.isBlank() || displayName.length() > 120) {
			Flash.error(redirect, Problem.invalid("account.displayName.invalid"));
			return "redirect:/account";
		}
		this.accounts.changeProfile(user.id(), displayName, chosen);
		CurrentUser.replace(this.accounts.findById(user.id()).orElseThrow());
		Flash.success(redirect, "account.saved");
		return "redirect:/account";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal MomentosUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw Problem.invalid("account.password.mismatch");
			}
			this.accounts.changePassword(user.id(), currentPassword, newPassword);
			CurrentUser.replace(this.accounts.findById(user.id()).orElseThrow());
			Flash.success(redirect, "account.password.changed");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/account";
	}

}
