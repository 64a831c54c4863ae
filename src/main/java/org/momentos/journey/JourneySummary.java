package org.momentos.journey;

import java.time.Instant;

/** A journey as listed: enough to choose one. */
public record JourneySummary(JourneyId id, String name, String description, int stageCount, int touchpointCount,
		Integer publishedVersion, boolean hasDraft, Instant updatedAt) {
}
