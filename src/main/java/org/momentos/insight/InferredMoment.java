package org.momentos.insight;

/**
 * The moment of truth a text speaks of, for signals that arrive without a touchpoint. The
 * constants have the names of {@code MomentKind}, so callers map them by name.
 */
public enum InferredMoment {

	/** Researching before buying: search, reviews, friends. */
	ZERO,
	/** First contact and buying: store, site, staff, decision. */
	FIRST,
	/** Between purchase and receipt: confirmation, shipping, delivery, set-up. */
	ACTUAL,
	/** Using the product or service over time. */
	SECOND,
	/** Later interactions: billing, renewals, account changes. */
	RELATIONSHIP,
	/** Something went wrong: complaint, return, repair, refund. */
	FAILURE,
	/** The customer shares the experience with others. */
	ULTIMATE

}
