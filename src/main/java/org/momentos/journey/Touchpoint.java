package org.momentos.journey;

import java.util.Objects;
import java.util.UUID;

/**
 * A concrete interaction inside a stage. Its {@code key} stays the same across versions
 * of the journey, so feedback on one touchpoint can be followed over edits.
 *
 * @param key identity across versions
 * @param name what the customer does here, e.g. "Delivery tracking"
 * @param channel where it happens
 * @param expectation what the customer expects here
 * @param ownerTeam the team responsible for it
 * @param targets what it should reach
 * @param momentOfTruth whether the customer forms their opinion of the brand here
 */
public record Touchpoint(UUID key, String name, Channel channel, String expectation, String ownerTeam, Targets targets,
		boolean momentOfTruth) {

	public Touchpoint {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(channel, "channel");
		expectation = expectation == null ? "" : expectation;
		ownerTeam = ownerTeam == null ? "" : ownerTeam;
		targets = targets == null ? Targets.NONE : targets;
	}

	public static Touchpoint named(String name, Channel channel) {
		return new Touchpoint(UUID.randomUUID(), name, channel, "", "", Targets.NONE, false);
	}

}
