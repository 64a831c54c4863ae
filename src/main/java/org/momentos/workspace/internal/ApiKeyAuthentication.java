package org.momentos.workspace.internal;

import java.util.List;

import org.momentos.workspace.WorkspaceAccess;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a workspace API key. */
class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final WorkspaceAccess access;

	ApiKeyAuthentication(WorkspaceAccess access) {
		super(List.of(new SimpleGrantedAuthority("ROLE_API")));
		this.access = access;
		setAuthenticated(true);
	}

	WorkspaceAccess access() {
		return this.access;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.access.actor();
	}

}
