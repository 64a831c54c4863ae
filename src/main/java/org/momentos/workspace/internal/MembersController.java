package org.momentos.workspace.internal;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.Role;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Members of a workspace: invite, change roles, remove. */
@Controller
@RequestMapping("/w/{workspace}/members")
class MembersController {

	private final Workspaces workspaces;

	private final MemberInvitations invitations;

	private final AuditTrail audit;

	MembersController(Workspaces workspaces, MemberInvitations invitations, AuditTrail audit) {
		this.workspaces = workspaces;
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping
	String members(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_MEMBERS);
		model.addAttribute("members", this.workspaces.members(access.workspaceId()));
		model.addAttribute("invitations", this.invitations.pending(access.workspaceId()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("invitableRoles",
				java.util.Arrays.stream(Role.values())
					.filter((role) -> role != Role.OWNER && access.role() != null && access.role().mayGrant(role))
					.toList());
		return "workspace/members";
	}

	@PostMapping("/invitations")
	String invite(WorkspaceAccess access, @AuthenticationPrincipal MomentosUser user, @RequestParam String email,
			@RequestParam Role role, RedirectAttributes redirect) {
		try {
			String token = this.invitations.invite(access, email, role, user.id());
			this.audit.record(access, "member.invited", email + " (" + role + ")");
			redirect.addFlashAttribute("invitationLink",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/invitations/{token}")
						.build(token)
						.toString());
			Flash.success(redirect, "members.invited", email);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/members";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revokeInvitation(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		this.invitations.revoke(access, id);
		this.audit.record(access, "member.invitationRevoked", "#" + id);
		Flash.success(redirect, "members.invitation.revoked");
		return "redirect:/w/" + access.slug() + "/members";
	}

	@PostMapping("/{userId}/role")
	String changeRole(WorkspaceAccess access, @PathVariable long userId, @RequestParam Role role,
			RedirectAttributes redirect) {
		try {
			this.workspaces.changeRole(access, userId, role);
			this.audit.record(access, "member.roleChanged", "#" + userId + " → " + role);
			Flash.success(redirect, "members.roleChanged");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/members";
	}

	@PostMapping("/{userId}/remove")
	String remove(WorkspaceAccess access, @PathVariable long userId, RedirectAttributes redirect) {
		try {
			Workspaces.Member removed = this.workspaces.remove(access, userId);
			this.audit.record(access, "member.removed", removed.email());
			Flash.success(redirect, "members.removed", removed.email());
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/members";
	}

}
