package org.momentos.journey;

/** Identifies a journey. */
public record JourneyId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
