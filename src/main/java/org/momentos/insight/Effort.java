package org.momentos.insight;

/** How much effort the customer says it took: "I had to call three times" is high. */
public enum Effort {

	/** The text says nothing about effort. */
	UNKNOWN,
	/** The customer says it was easy or quick. */
	LOW,
	/** One effort cue. */
	MEDIUM,
	/** Several effort cues, or a strong one (repeated contacts, explaining again). */
	HIGH;

	/** The lower-case name used in JSON. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
