package org.momentos.journey;

import org.momentos.workspace.WorkspaceId;

/** A version of a journey was published: from now on it never changes. */
public record JourneyPublished(WorkspaceId workspace, JourneyId journey, int version) {
}
