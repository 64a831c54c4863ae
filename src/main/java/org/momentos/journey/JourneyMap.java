package org.momentos.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The content of one version of a journey: its stages in order, each with its
 * touchpoints. Immutable; every edit returns a new map, so an edit can be checked before
 * it is saved.
 */
public record JourneyMap(List<Stage> stages) {

	public static final JourneyMap EMPTY = new JourneyMap(List.of());

	public JourneyMap {
		stages = List.copyOf(stages);
	}

	public int touchpointCount() {
		return this.stages.stream().mapToInt((stage) -> stage.touchpoints().size()).sum();
	}

	public JourneyMap withStageAdded(Stage stage) {
		List<Stage> changed = new ArrayList<>(this.stages);
		changed.add(stage);
		return new JourneyMap(changed);
	}

	/** Replaces the stage with the same key, keeping its touchpoints. */
	public JourneyMap withStageChanged(UUID stageKey, String name, MomentKind momentKind, String description) {
		return mapStage(stageKey,
				(stage) -> new Stage(stage.key(), name, momentKind, description, stage.touchpoints()));
	}

	/** Moves a stage {@code offset} places (negative: earlier); stops at either end. */
	public JourneyMap withStageMoved(UUID stageKey, int offset) {
		List<Stage> changed = new ArrayList<>(this.stages);
		int from = indexOfStage(stageKey);
		int to = Math.max(0, Math.min(changed.size() - 1, from + offset));
		changed.add(to, changed.remove(from));
		return new JourneyMap(changed);
	}

	public JourneyMap withoutStage(UUID stageKey) {
		indexOfStage(stageKey);
		return new JourneyMap(this.stages.stream().filter((stage) -> !stage.key().equals(stageKey)).toList());
	}

	public JourneyMap withTouchpointAdded(UUID stageKey, Touchpoint touchpoint) {
		return mapStage(stageKey, (stage) -> {
			List<Touchpoint> touchpoints = new ArrayList<>(stage.touchpoints());
			touchpoints.add(touchpoint);
			return withTouchpoints(stage, touchpoints);
		});
	}

	/** Replaces the touchpoint with the same key, wherever it is. */
	public JourneyMap withTouchpointChanged(Touchpoint touchpoint) {
		UUID stageKey = stageOf(touchpoint.key()).key();
		return mapStage(stageKey,
				(stage) -> withTouchpoints(stage,
						stage.touchpoints()
							.stream()
							.map((existing) -> existing.key().equals(touchpoint.key()) ? touchpoint : existing)
							.toList()));
	}

	/** Moves a touchpoint {@code offset} places inside its stage; stops at either end. */
	public JourneyMap withTouchpointMoved(UUID touchpointKey, int offset) {
		Stage owner = stageOf(touchpointKey);
		List<Touchpoint> touchpoints = new ArrayList<>(owner.touchpoints());
		int from = indexOf(touchpoints, touchpointKey);
		int to = Math.max(0, Math.min(touchpoints.size() - 1, from + offset));
		touchpoints.add(to, touchpoints.remove(from));
		return mapStage(owner.key(), (stage) -> withTouchpoints(stage, touchpoints));
	}

	public JourneyMap withoutTouchpoint(UUID touchpointKey) {
		Stage owner = stageOf(touchpointKey);
		return mapStage(owner.key(), (stage) -> withTouchpoints(stage,
				stage.touchpoints().stream().filter((t) -> !t.key().equals(touchpointKey)).toList()));
	}

	public Stage stage(UUID stageKey) {
		return this.stages.get(indexOfStage(stageKey));
	}

	public Touchpoint touchpoint(UUID touchpointKey) {
		Stage owner = stageOf(touchpointKey);
		return owner.touchpoints().get(indexOf(owner.touchpoints(), touchpointKey));
	}

	private Stage stageOf(UUID touchpointKey) {
		return this.stages.stream()
			.filter((stage) -> stage.touchpoints().stream().anyMatch((t) -> t.key().equals(touchpointKey)))
			.findFirst()
			.orElseThrow(() -> new UnknownPart(touchpointKey));
	}

	private JourneyMap mapStage(UUID stageKey, UnaryOperator<Stage> change) {
		int index = indexOfStage(stageKey);
		List<Stage> changed = new ArrayList<>(this.stages);
		changed.set(index, change.apply(changed.get(index)));
		return new JourneyMap(changed);
	}

	private int indexOfStage(UUID stageKey) {
		for (int i = 0; i < this.stages.size(); i++) {
			if (this.stages.get(i).key().equals(stageKey)) {
				return i;
			}
		}
		throw new UnknownPart(stageKey);
	}

	private static int indexOf(List<Touchpoint> touchpoints, UUID key) {
		for (int i = 0; i < touchpoints.size(); i++) {
			if (touchpoints.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new UnknownPart(key);
	}

	private static Stage withTouchpoints(Stage stage, List<Touchpoint> touchpoints) {
		return new Stage(stage.key(), stage.name(), stage.momentKind(), stage.description(), touchpoints);
	}

	/**
	 * A stage or touchpoint key that is not in this map (stale page, or a key of another
	 * journey).
	 */
	public static class UnknownPart extends RuntimeException {

		public UnknownPart(UUID key) {
			super("No stage or touchpoint " + key + " in this journey");
		}

	}

}
