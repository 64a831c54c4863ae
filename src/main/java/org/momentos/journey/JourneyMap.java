package org.momentos.journey;

import java.util.List;

/**
 * The content of one version of a journey: its stages in order, each with its
 * touchpoints. Immutable; edits return a new map.
 */
public record JourneyMap(List<Stage> stages) {

	public static final JourneyMap EMPTY = new JourneyMap(List.of());

	public JourneyMap {
		stages = List.copyOf(stages);
	}

	public int touchpointCount() {
		return this.stages.stream().mapToInt((stage) -> stage.touchpoints().size()).sum();
	}

}
