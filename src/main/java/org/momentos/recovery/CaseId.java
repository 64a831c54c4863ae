package org.momentos.recovery;

/** Identifies a service-recovery case. */
public record CaseId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
