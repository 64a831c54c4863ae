package org.momentos.workspace;

import org.momentos.platform.Problem;

import org.springframework.http.HttpStatus;

/**
 * The caller belongs to the workspace but their role or key scope does not allow the
 * action.
 */
public class PermissionDenied extends Problem {

	public PermissionDenied(Permission permission) {
		super(HttpStatus.FORBIDDEN, "error.forbidden", permission.name());
	}

}
