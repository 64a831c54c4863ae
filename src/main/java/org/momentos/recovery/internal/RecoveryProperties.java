package org.momentos.recovery.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.momentos.recovery.FollowUpThreshold;
import org.momentos.recovery.Priority;
import org.momentos.recovery.SlaPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code momentos.recovery.*}: SLA targets per priority, the warning point, and the
 * follow-up rules. Unset values keep the defaults of docs/recovery.md.
 *
 * @param sla targets per priority, e.g.
 * {@code momentos.recovery.sla.critical.first-contact=30m}
 * @param warnAt share of a deadline's time after which a warning goes out
 * @param followUp threshold and timing of the follow-up survey
 */
@ConfigurationProperties("momentos.recovery")
record RecoveryProperties(Map<Priority, Target> sla, @DefaultValue("0.75") double warnAt,
		@DefaultValue FollowUp followUp) {

	SlaPolicy slaPolicy() {
		Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
		for (Priority priority : Priority.values()) {
			SlaPolicy.Targets defaults = SlaPolicy.DEFAULTS.targetsFor(priority);
			Target target = this.sla == null ? null : this.sla.get(priority);
			targets.put(priority,
					target == null ? defaults
							: new SlaPolicy.Targets(orElse(target.firstContact(), defaults.firstContact()),
									orElse(target.resolution(), defaults.resolution())));
		}
		return new SlaPolicy(targets, this.warnAt);
	}

	private static Duration orElse(Duration value, Duration fallback) {
		return value == null ? fallback : value;
	}

	/** One priority's targets; either may be left out. */
	record Target(Duration firstContact, Duration resolution) {
	}

	/**
	 * @param minCsat CSAT (or rating) at which the customer counts as recovered
	 * @param minNps NPS at which the customer counts as recovered
	 * @param reminderAfter when the one reminder goes out
	 * @param unansweredAfter how long after the reminder the outcome becomes unknown
	 */
	record FollowUp(@DefaultValue("4") int minCsat, @DefaultValue("7") int minNps,
			@DefaultValue("3d") Duration reminderAfter, @DefaultValue("4d") Duration unansweredAfter) {

		FollowUpThreshold threshold() {
			return new FollowUpThreshold(this.minCsat, this.minNps);
		}

	}

}
