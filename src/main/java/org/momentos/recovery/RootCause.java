package org.momentos.recovery;

/**
 * Why the bad moment happened: a small taxonomy, chosen together with the touchpoint
 * where the cause lies (which may differ from the touchpoint the customer spoke about).
 */
public enum RootCause {

	/** A step of the process failed or is missing. */
	PROCESS,
	/** Someone's behaviour or skill. */
	PEOPLE,
	/** The product itself: defect, quality, fit. */
	PRODUCT,
	/** A system or tool: outage, bug, wrong data. */
	SYSTEM,
	/** Billing or payment error: double charge, wrong amount. */
	BILLING_ERROR,
	/** A partner: carrier, supplier, franchise. */
	PARTNER,
	/** A rule or policy the customer finds unfair. */
	POLICY,
	/** The customer was told the wrong thing or nothing. */
	COMMUNICATION,
	/** Expectations set somewhere else than what we deliver. */
	EXPECTATION_MISMATCH

}
