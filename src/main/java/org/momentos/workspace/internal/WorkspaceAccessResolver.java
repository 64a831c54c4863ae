package org.momentos.workspace.internal;

import java.util.Map;

import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives controllers a {@link WorkspaceAccess}: from the API key, or from the logged-in
 * member and the {@code {workspace}} in the URL. Someone who is not a member gets 404,
 * exactly as if the workspace did not exist, so workspaces cannot be discovered by
 * guessing.
 */
@Component
class WorkspaceAccessResolver implements HandlerMethodArgumentResolver {

	private final Workspaces workspaces;

	WorkspaceAccessResolver(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == WorkspaceAccess.class;
	}

	@Override
	public WorkspaceAccess resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ApiKeyAuthentication apiKey) {
			return apiKey.access();
		}
		if (authentication != null && authentication.getPrincipal() instanceof MomentosUser user) {
			String slug = workspaceIn(request);
			if (slug != null) {
				WorkspaceAccess access = this.workspaces.accessOf(user, slug)
					.orElseThrow(() -> Problem.notFound("workspace.notFound"));
				if (container != null) {
					container.addAttribute("access", access);
				}
				return access;
			}
		}
		throw Problem.notFound("workspace.notFound");
	}

	@SuppressWarnings("unchecked")
	private static String workspaceIn(NativeWebRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return variables == null ? null : variables.get("workspace");
	}

}
