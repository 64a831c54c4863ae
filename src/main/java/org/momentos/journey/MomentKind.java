package org.momentos.journey;

/**
 * The kind of moment of truth a stage of a journey is. The order is the natural order of
 * a customer journey, from researching to sharing the experience.
 */
public enum MomentKind {

	/** ZMOT: researching before buying (search, reviews, friends). */
	ZERO,

	/** FMOT: first contact with the product, store, site or staff; the decision. */
	FIRST,

	/** AMOT: between purchase and receipt (confirmation, shipping, delivery, set-up). */
	ACTUAL,

	/** SMOT: using the product or service over time. */
	SECOND,

	/** Later interactions: billing, renewals, account changes. */
	RELATIONSHIP,

	/** Something went wrong: complaint, return, repair, refund. The recovery moment. */
	FAILURE,

	/** UMOT: the customer shares the experience, creating other people's zero moments. */
	ULTIMATE

}
