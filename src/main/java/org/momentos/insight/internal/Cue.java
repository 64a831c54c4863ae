package org.momentos.insight.internal;

/** What a cue phrase reveals: effort, ease, a flag, or a moment of truth. */
public enum Cue {

	EFFORT, EFFORT2, EASE, CHURN, LEGAL, SAFETY, ZERO, FIRST, ACTUAL, SECOND, RELATIONSHIP, FAILURE, ULTIMATE

}
