package org.momentos.recovery;

import org.momentos.analytics.Verdict;

/** How urgent a case is; decides its SLA. */
public enum Priority {

	CRITICAL, HIGH, NORMAL, LOW;

	/** The priority a verdict deserves when a rule names none. */
	public static Priority forVerdict(Verdict verdict) {
		return switch (verdict) {
			case CRITICAL -> CRITICAL;
			case BAD -> HIGH;
			case NEUTRAL, MAGIC -> NORMAL;
		};
	}

}
