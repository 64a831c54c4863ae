package org.momentos.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The SLA clock of a {@link Case}: its first-contact and resolution deadlines under the
 * workspace's policy, and the warnings and breaches already raised against them. The case
 * says whether it still runs and whether the customer was contacted.
 */
final class SlaDeadlines {

	private final SlaPolicy policy;

	private Instant firstContactDue;

	private Instant resolutionDue;

	private final Set<SlaAlarm> alarms;

	SlaDeadlines(SlaPolicy policy, Instant firstContactDue, Instant resolutionDue, Set<SlaAlarm> alarms) {
		this.policy = policy;
		this.firstContactDue = firstContactDue;
		this.resolutionDue = resolutionDue;
		this.alarms = alarms.isEmpty() ? EnumSet.noneOf(SlaAlarm.class) : EnumSet.copyOf(alarms);
	}

	/** Both deadlines for this priority, counted from the opening. */
	void countFrom(Instant openedAt, Priority priority) {
		SlaPolicy.Targets targets = this.policy.targetsFor(priority);
		this.firstContactDue = openedAt.plus(targets.firstContact());
		this.resolutionDue = openedAt.plus(targets.resolution());
	}

	/**
	 * A reopened case: a new resolution deadline from {@code now}, its alarms due again.
	 */
	void restartResolution(Priority priority, Instant now) {
		this.resolutionDue = now.plus(this.policy.targetsFor(priority).resolution());
		this.alarms.removeIf(SlaAlarm::isAboutResolution);
	}

	/**
	 * The warnings and breaches due at {@code now} that were not raised yet, in the order
	 * they happen; the first-contact ones only while nobody contacted the customer.
	 */
	List<SlaAlarm> due(Instant opened, Priority priority, boolean contacted, Instant now) {
		List<SlaAlarm> due = new ArrayList<>();
		if (!contacted) {
			addIfDue(due, SlaAlarm.FIRST_CONTACT_WARNING, warningTime(opened, this.firstContactDue), now);
			addIfDue(due, SlaAlarm.FIRST_CONTACT_BREACHED, this.firstContactDue, now);
		}
		Instant resolutionStart = this.resolutionDue.minus(this.policy.targetsFor(priority).resolution());
		Instant resolutionFrom = resolutionStart.isAfter(opened) ? resolutionStart : opened;
		addIfDue(due, SlaAlarm.RESOLUTION_WARNING, warningTime(resolutionFrom, this.resolutionDue), now);
		addIfDue(due, SlaAlarm.RESOLUTION_BREACHED, this.resolutionDue, now);
		return due;
	}

	private void addIfDue(List<SlaAlarm> due, SlaAlarm alarm, Instant when, Instant now) {
		if (!this.alarms.contains(alarm) && !now.isBefore(when)) {
			due.add(alarm);
		}
	}

	private Instant warningTime(Instant from, Instant deadline) {
		return from.plus(this.policy.warningAfter(Duration.between(from, deadline)));
	}

	/** Whether the alarm is new (an alarm is raised once). */
	boolean raise(SlaAlarm alarm) {
		return this.alarms.add(alarm);
	}

	boolean isOverdue(boolean contacted, Instant now) {
		return (!contacted && now.isAfter(this.firstContactDue)) || now.isAfter(this.resolutionDue);
	}

	/** The deadline that comes first. */
	Instant next(boolean contacted) {
		return !contacted && this.firstContactDue.isBefore(this.resolutionDue) ? this.firstContactDue
				: this.resolutionDue;
	}

	Instant firstContactDue() {
		return this.firstContactDue;
	}

	Instant resolutionDue() {
		return this.resolutionDue;
	}

	Set<SlaAlarm> alarms() {
		return Set.copyOf(this.alarms);
	}

}
