package org.momentos.workspace.internal;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in person of the current request, and a way to refresh them after a change.
 */
final class CurrentUser {

	private CurrentUser() {
	}

	static Optional<MomentosUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof MomentosUser user)
				? Optional.of(user) : Optional.empty();
	}

	/** Replaces the principal kept in the session, so pages show the change at once. */
	static void replace(MomentosUser user) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		updated.setDetails(current == null ? null : current.getDetails());
		SecurityContext context = SecurityContextHolder.getContext();
		context.setAuthentication(updated);
	}

}
