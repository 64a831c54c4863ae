package org.momentos.analytics;

/** What a signal says about its moment of truth. */
public enum Verdict {

	/** Expectations exceeded. */
	MAGIC,

	NEUTRAL,

	/** A pain. */
	BAD,

	/**
	 * Bad at a first contact or failure moment, or severe: churn, legal threat, safety.
	 */
	CRITICAL

}
