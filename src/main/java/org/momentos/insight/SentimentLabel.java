package org.momentos.insight;

/** The three sentiment classes a careful analyst would give a text or an aspect. */
public enum SentimentLabel {

	NEGATIVE, NEUTRAL, POSITIVE;

	/** The lower-case name used in JSON and CSV. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Reads a label as written in labelled files: {@code negative}, {@code neg},
	 * {@code -1}, {@code neutral}, {@code 0}, {@code positive}, {@code pos}, {@code 1}.
	 */
	public static SentimentLabel ofCode(String code) {
		return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "negative", "neg", "-1" -> NEGATIVE;
			case "neutral", "neu", "0" -> NEUTRAL;
			case "positive", "pos", "1" -> POSITIVE;
			default -> throw new IllegalArgumentException(
					"Unknown sentiment label '" + code + "': expected negative, neutral or positive");
		};
	}

}
