package org.momentos.signal;

/** Identifies a stored signal. */
public record SignalId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
