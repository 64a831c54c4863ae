package org.momentos.recovery;

/** What a customer was given to make up for a bad moment. */
public enum CompensationKind {

	APOLOGY, DISCOUNT, COUPON, REFUND, REPLACEMENT;

	/** Whether it costs money and so must say how much. */
	public boolean hasAmount() {
		return this != APOLOGY;
	}

}
