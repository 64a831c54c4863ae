package org.momentos.workspace.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.internal.MemberInvitations.Invitation;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind an invitation link: a logged-in person joins with one click; someone
 * new creates their account there and joins.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

	private final MemberInvitations invitations;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	InvitationController(MemberInvitations invitations, UserAccounts accounts, AuditTrail audit) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping
	String show(@PathVariable String token, @AuthenticationPrincipal MomentosUser user, Model model,
			HttpServletResponse response) {
		Optional<Invitation> invitation = this.invitations.find(token);
		if (invitation.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "workspace/invitation-invalid";
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		model.addAttribute("user", user);
		model.addAttribute("hasAccount", this.accounts.findByEmail(invitation.get().email()).isPresent());
		return "workspace/invitation";
	}

	@PostMapping
	String accept(@PathVariable String token, @AuthenticationPrincipal MomentosUser user,
			@RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Invitation invitation = this.invitations.find(token).orElse(null);
		if (invitation == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "workspace/invitation-invalid";
		}
		MomentosUser member = user;
		try {
			if (member == null) {
				if (displayName == null || displayName.isBlank()) {
					throw Problem.invalid("account.displayName.invalid");
				}
				member = this.accounts.create(invitation.email(), displayName, password, null);
				logIn(member, request, response);
			}
			this.invitations.accept(token, member);
		}
		catch (Problem problem) {
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", token);
			model.addAttribute("user", user);
			model.addAttribute("hasAccount", this.accounts.findByEmail(invitation.email()).isPresent());
			model.addAttribute("error", problem.messageKey());
			model.addAttribute("errorArgs", problem.arguments());
			response.setStatus(problem.status().value());
			return "workspace/invitation";
		}
		this.audit.record(invitation.workspaceId(), member.email(), "member.joined", invitation.role().name());
		Flash.success(redirect, "invitation.joined", invitation.workspaceName());
		return "redirect:/w/" + invitation.workspaceSlug() + "/journeys";
	}

	private void logIn(MomentosUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.sessions.saveContext(context, request, response);
	}

}
