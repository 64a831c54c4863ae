package org.momentos.survey;

import org.momentos.workspace.WorkspaceId;

/**
 * Asks whether a customer has an open recovery case, so no satisfaction survey reaches
 * them meanwhile. The survey module ships one implementation that answers "none open";
 * the recovery module will provide the real one (a bean of this type replaces the
 * default), which is why this is an interface.
 */
public interface OpenCases {

	boolean hasOpenCase(WorkspaceId workspace, String customerReference);

}
