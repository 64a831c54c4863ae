package org.momentos.recovery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How fast a case must be handled, per priority: time to first contact and time to
 * resolution, and how long before a breach a warning goes out.
 *
 * @param targets the targets per priority (every priority has one)
 * @param warnAt the share of a target's time after which a warning goes out (0.75: a
 * warning when a quarter of the time is left)
 */
public record SlaPolicy(Map<Priority, Targets> targets, double warnAt) {

	/** The defaults of a new workspace; docs/recovery.md lists them. */
	public static final SlaPolicy DEFAULTS = new SlaPolicy(
			Map.of(Priority.CRITICAL, new Targets(Duration.ofHours(1), Duration.ofHours(24)), Priority.HIGH,
					new Targets(Duration.ofHours(4), Duration.ofHours(48)), Priority.NORMAL,
					new Targets(Duration.ofHours(24), Duration.ofDays(5)), Priority.LOW,
					new Targets(Duration.ofHours(72), Duration.ofDays(10))),
			0.75);

	public SlaPolicy {
		targets = new EnumMap<>(targets);
		for (Priority priority : Priority.values()) {
			Objects.requireNonNull(targets.get(priority), () -> "no SLA targets for " + priority);
		}
		if (!(warnAt > 0 && warnAt < 1)) {
			throw new IllegalArgumentException("warnAt must be between 0 and 1");
		}
	}

	public Targets targetsFor(Priority priority) {
		return this.targets.get(priority);
	}

	/** When to warn about a deadline that runs for {@code target} from its start. */
	public Duration warningAfter(Duration target) {
		return Duration.ofMillis(Math.round(target.toMillis() * this.warnAt));
	}

	/**
	 * The two SLA targets of a priority.
	 *
	 * @param firstContact from opening to the first contact with the customer
	 * @param resolution from opening (or reopening) to resolution
	 */
	public record Targets(Duration firstContact, Duration resolution) {

		public Targets {
			if (firstContact.isNegative() || firstContact.isZero() || resolution.compareTo(firstContact) < 0) {
				throw new IllegalArgumentException("first contact must be positive and resolution not shorter");
			}
		}

	}

}
