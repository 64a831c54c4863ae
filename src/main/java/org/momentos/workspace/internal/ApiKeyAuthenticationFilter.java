package org.momentos.workspace.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by the key in {@code Authorization: Bearer mk_...} or
 * {@code X-Api-Key}. A presented key that is unknown or revoked is refused at once.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiKeys apiKeys;

	private final ApiProblems problems;

	ApiKeyAuthenticationFilter(ApiKeys apiKeys, ApiProblems problems) {
		this.apiKeys = apiKeys;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented != null) {
			Optional<WorkspaceAccess> access = this.apiKeys.authenticate(presented);
			if (access.isEmpty()) {
				this.problems.unauthorized(request, response);
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(access.get()));
		}
		chain.doFilter(request, response);
	}

	private static String presentedKey(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return header.substring(7).trim();
		}
		return request.getHeader("X-Api-Key");
	}

}
