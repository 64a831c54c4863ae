package org.momentos.workspace;

/** Identifies a workspace (tenant). Every query of every module is scoped by one. */
public record WorkspaceId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
