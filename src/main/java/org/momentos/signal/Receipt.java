package org.momentos.signal;

/** What became of one arriving signal. */
public sealed interface Receipt {

	/** Stored now. */
	record Accepted(SignalId signal) implements Receipt {
	}

	/** Already stored before (same source and external id, or same idempotency key). */
	record Duplicate(SignalId signal) implements Receipt {
	}

	/**
	 * Not stored: {@code field} is wrong for {@code reason}, a message key of the signal
	 * bundle.
	 */
	record Rejected(String field, String reason) implements Receipt {
	}

}
