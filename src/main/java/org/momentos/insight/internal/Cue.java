package org.momentos.insight.internal;

/** What a cue phrase reveals: effort, ease, a flag, or a moment of truth. */
public enum Cue {

	EFFORT, EFFORT2, EASE, CHURN, LEGAL, SAFETY, ZERO, FIRST, ACTUAL, SECOND, RELATIONSHIP, FAILURE, ULTIMATE,

	/**
	 * A phrase that only looks like a cue ("adding insult to injury", "the food court",
	 * "oferta y demanda"): it takes its words so that no cue is found in them, and counts
	 * for nothing.
	 */
	NONE

}
