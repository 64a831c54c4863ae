package org.momentos.journey;

import java.util.UUID;

/**
 * A touchpoint as other modules point at it: its stable key, and where it sits in the
 * latest published version of its journey (the version feedback is attached to).
 *
 * @param journey the journey
 * @param journeyName its name
 * @param version the published version number
 * @param touchpointKey stable across versions
 * @param touchpointName e.g. "Delivery tracking"
 * @param stageName e.g. "Delivery"
 * @param momentKind the moment of truth of its stage
 * @param channel where it happens
 * @param momentOfTruth whether it is marked as a moment of truth
 * @param ownerTeam the team responsible for it ({@code ""} when nobody is named)
 */
public record TouchpointRef(JourneyId journey, String journeyName, int version, UUID touchpointKey,
		String touchpointName, String stageName, MomentKind momentKind, Channel channel, boolean momentOfTruth,
		String ownerTeam) {
}
