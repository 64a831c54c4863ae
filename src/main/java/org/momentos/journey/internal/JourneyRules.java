package org.momentos.journey.internal;

import org.momentos.journey.JourneyMap;
import org.momentos.journey.Stage;
import org.momentos.journey.Touchpoint;
import org.momentos.platform.Problem;

/** What a journey must respect before it is saved; each breach has its own message. */
public final class JourneyRules {

	public static final int MAX_NAME = 120;

	public static final int MAX_TEXT = 2000;

	public static final int MAX_STAGES = 30;

	public static final int MAX_TOUCHPOINTS_PER_STAGE = 40;

	private JourneyRules() {
	}

	public static String checkedName(String name, String messageKey) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw Problem.invalid(messageKey, MAX_NAME);
		}
		return trimmed;
	}

	public static String checkedText(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.length() > MAX_TEXT) {
			throw Problem.invalid("journey.text.tooLong", MAX_TEXT);
		}
		return trimmed;
	}

	public static void check(JourneyMap map) {
		if (map.stages().size() > MAX_STAGES) {
			throw Problem.invalid("journey.stages.tooMany", MAX_STAGES);
		}
		for (Stage stage : map.stages()) {
			checkedName(stage.name(), "journey.stage.name.invalid");
			checkedText(stage.description());
			if (stage.touchpoints().size() > MAX_TOUCHPOINTS_PER_STAGE) {
				throw Problem.invalid("journey.touchpoints.tooMany", MAX_TOUCHPOINTS_PER_STAGE);
			}
			for (Touchpoint touchpoint : stage.touchpoints()) {
				checkedName(touchpoint.name(), "journey.touchpoint.name.invalid");
				checkedText(touchpoint.expectation());
				if (touchpoint.ownerTeam().length() > MAX_NAME) {
					throw Problem.invalid("journey.touchpoint.ownerTeam.invalid", MAX_NAME);
				}
			}
		}
		long distinctKeys = map.stages()
			.stream()
			.flatMap((stage) -> java.util.stream.Stream.concat(java.util.stream.Stream.of(stage.key()),
					stage.touchpoints().stream().map(Touchpoint::key)))
			.distinct()
			.count();
		if (distinctKeys != map.stages().size() + map.touchpointCount()) {
			throw Problem.invalid("journey.keys.duplicate");
		}
	}

}
