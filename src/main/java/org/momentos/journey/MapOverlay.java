package org.momentos.journey;

import java.util.Map;
import java.util.UUID;

/**
 * What feedback adds to a journey map: the emotion of each stage (the emotion curve), and
 * for each touchpoint its health against its targets, a figure to show, and where its
 * signals are.
 *
 * @param emotionByStage by stage key, from -1 (pain) to 1 (delight); missing when no
 * feedback
 * @param touchpoints by touchpoint key
 */
public record MapOverlay(Map<UUID, Double> emotionByStage, Map<UUID, TouchpointMark> touchpoints) {

	public static final MapOverlay NONE = new MapOverlay(Map.of(), Map.of());

	public MapOverlay {
		emotionByStage = Map.copyOf(emotionByStage);
		touchpoints = Map.copyOf(touchpoints);
	}

	public boolean hasEmotion() {
		return !this.emotionByStage.isEmpty();
	}

	/**
	 * A touchpoint's health on the map.
	 *
	 * @param status how it does against its targets
	 * @param figure a short text, e.g. "NPS 25 · 120"
	 * @param link where its signals are listed (null for none)
	 * @param painPoint whether it hurts customers (a high share of bad or critical
	 * signals)
	 * @param magicMoment whether it delights them (a high share of magic signals)
	 */
	public record TouchpointMark(Status status, String figure, String link, boolean painPoint, boolean magicMoment) {
	}

	/** Health against the touchpoint's targets. */
	public enum Status {

		MEETS_TARGETS, NEAR_TARGETS, BELOW_TARGETS, NO_TARGETS, NO_DATA

	}

}
