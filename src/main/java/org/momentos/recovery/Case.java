package org.momentos.recovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.momentos.platform.Problem;
import org.momentos.recovery.TimelineEntry.Assigned;
import org.momentos.recovery.TimelineEntry.CompensationGiven;
import org.momentos.recovery.TimelineEntry.Contact;
import org.momentos.recovery.TimelineEntry.Note;
import org.momentos.recovery.TimelineEntry.PriorityChanged;
import org.momentos.recovery.TimelineEntry.RootCauseChosen;
import org.momentos.recovery.TimelineEntry.SlaAlarmRaised;
import org.momentos.recovery.TimelineEntry.StateChanged;
import org.momentos.signal.Scores;

/**
 * A service-recovery case: the aggregate that guards the state machine, the SLA deadlines
 * and the timeline. Every change appends to {@link #recorded()}, which the store writes
 * together with the new state under the case's version, so two agents never overwrite
 * each other. Its deadlines are kept by {@link SlaDeadlines}, its follow-up survey by
 * {@link CaseFollowUp}.
 */
public final class Case {

	private final CaseFile file;

	private CaseState state;

	private Priority priority;

	private String assignee;

	private String team;

	private Instant firstContactAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private final SlaDeadlines deadlines;

	private final CaseFollowUp followUp;

	private RootCause rootCause;

	private final int version;

	private final List<TimelineEntry> recorded = new ArrayList<>();

	private Case(CaseFile file, Snapshot snapshot, SlaPolicy policy) {
		this.file = file;
		this.state = snapshot.state();
		this.priority = snapshot.priority();
		this.assignee = snapshot.assignee();
		this.team = snapshot.team();
		this.firstContactAt = snapshot.firstContactAt();
		this.resolvedAt = snapshot.resolvedAt();
		this.closedAt = snapshot.closedAt();
		this.deadlines = new SlaDeadlines(policy, snapshot.firstContactDue(), snapshot.resolutionDue(),
				snapshot.alarms());
		this.followUp = new CaseFollowUp(snapshot.followUp(), snapshot.followUpAt());
		this.rootCause = snapshot.rootCause();
		this.version = snapshot.version();
	}

	/** A new case, with its SLA deadlines counted from {@code now}. */
	public static Case open(CaseFile file, Priority priority, SlaPolicy policy, Instant now, String actor) {
		SlaPolicy.Targets targets = policy.targetsFor(priority);
		Case opened = new Case(file,
				new Snapshot(CaseState.OPEN, priority, "", "", null, null, null, now.plus(targets.firstContact()),
						now.plus(targets.resolution()), Set.of(), FollowUpStatus.NONE, null, null, 0),
				policy);
		opened.recorded.add(new StateChanged(now, actor, null, CaseState.OPEN, file.subject()));
		return opened;
	}

	/** A case as stored, under the workspace's SLA policy. */
	public static Case restore(CaseFile file, Snapshot snapshot, SlaPolicy policy) {
		return new Case(file, snapshot, policy);
	}

	public void assign(String assignee, String team, Instant now, String actor) {
		this.assignee = assignee == null ? "" : assignee.strip();
		this.team = team == null ? "" : team.strip();
		this.recorded.add(new Assigned(now, actor, this.assignee, this.team));
	}

	/** A new priority moves both deadlines, still counted from the opening. */
	public void changePriority(Priority priority, Instant now, String actor) {
		this.priority = priority;
		this.deadlines.countFrom(this.file.openedAt(), priority);
		this.recorded.add(new PriorityChanged(now, actor, priority));
	}

	public void addNote(String text, Instant now, String actor) {
		this.recorded.add(new Note(now, actor, CaseFile.checkedText(text, 4000, "recovery.note.invalid")));
	}

	/**
	 * Logs a contact attempt. Any attempt meets the first-contact SLA; reaching the
	 * customer moves an open case to {@code CONTACTED}.
	 */
	public void logContact(ContactChannel channel, ContactOutcome outcome, String text, Instant now, String actor) {
		requireWorked();
		if (channel == null || outcome == null) {
			throw Problem.invalid("recovery.contact.invalid");
		}
		if (this.firstContactAt == null) {
			this.firstContactAt = now;
		}
		this.recorded.add(new Contact(now, actor, channel, outcome, text == null ? "" : text.strip()));
		if (outcome == ContactOutcome.REACHED && this.state == CaseState.OPEN) {
			moveTo(CaseState.CONTACTED, "", now, actor);
		}
	}

	public void giveCompensation(Compensation compensation, Instant now, String actor) {
		if (this.state.isClosed()) {
			throw Problem.conflict("recovery.case.closed");
		}
		this.recorded.add(new CompensationGiven(now, actor, compensation));
	}

	public void chooseRootCause(RootCause cause, UUID touchpointKey, Instant now, String actor) {
		if (cause == null) {
			throw Problem.invalid("recovery.rootCause.invalid");
		}
		this.rootCause = cause;
		this.recorded.add(new RootCauseChosen(now, actor, cause, touchpointKey));
	}

	/**
	 * Moves the case along the state machine, or refuses with a conflict when the table
	 * of {@link CaseState} does not allow it. Reopening starts a new resolution deadline.
	 */
	public void moveTo(CaseState next, String reason, Instant now, String actor) {
		if (next == null || !this.state.canMoveTo(next)) {
			throw Problem.conflict("recovery.transition.refused", this.state, next);
		}
		CaseState previous = this.state;
		this.state = next;
		switch (next) {
			case RESOLVED -> this.resolvedAt = now;
			case RECOVERED, LOST -> this.closedAt = now;
			case OPEN -> reopen(now);
			case CONTACTED -> {
			}
		}
		this.recorded.add(new StateChanged(now, actor, previous, next, reason == null ? "" : reason.strip()));
	}

	private void reopen(Instant now) {
		this.resolvedAt = null;
		this.closedAt = null;
		this.deadlines.restartResolution(this.priority, now);
		this.followUp.reset();
	}

	/**
	 * The SLA warnings and breaches due at {@code now} that were not raised yet, in the
	 * order they happen.
	 */
	public List<SlaAlarm> alarmsDue(Instant now) {
		if (!this.state.isOpen()) {
			return List.of();
		}
		return this.deadlines.due(this.file.openedAt(), this.priority, this.firstContactAt != null, now);
	}

	/** Records an SLA alarm once, with whom it was sent to. */
	public void raise(SlaAlarm alarm, String notified, Instant now) {
		if (this.deadlines.raise(alarm)) {
			this.recorded.add(new SlaAlarmRaised(now, CaseFile.SYSTEM, alarm, notified));
		}
	}

	/**
	 * Past a deadline that still runs: no first contact in time, or not resolved in time.
	 */
	public boolean isOverdue(Instant now) {
		return this.state.isOpen() && this.deadlines.isOverdue(this.firstContactAt != null, now);
	}

	/** The next deadline that still runs (for sorting); far future when none does. */
	public Instant nextDeadline() {
		return this.state.isOpen() ? this.deadlines.next(this.firstContactAt != null) : Instant.MAX;
	}

	/** The follow-up survey went out (or a reminder of it). */
	public void followUpSent(boolean reminder, Instant now) {
		requireResolved();
		this.recorded.add(this.followUp.sent(reminder, now));
	}

	/**
	 * The follow-up survey could not go out; {@code reason} is a short code (see
	 * {@link FollowUpSurveys.FollowUpDelivery}).
	 */
	public void followUpNotSent(String reason, Instant now) {
		requireResolved();
		this.recorded.add(this.followUp.notSent(reason, now));
	}

	/**
	 * Nothing came back after the reminder, or no reminder could be sent
	 * ({@code reason}): the outcome stays unknown. A late answer still decides it.
	 */
	public void followUpUnanswered(String reason, Instant now) {
		this.recorded.add(this.followUp.unanswered(reason, now));
	}

	/**
	 * The customer answered the follow-up: the threshold decides recovered or lost.
	 * Returns the final state.
	 */
	public CaseState recordFollowUp(Scores scores, FollowUpThreshold threshold, Instant now, String actor) {
		requireResolved();
		this.recorded.add(this.followUp.answered(scores, threshold, now, actor));
		CaseState outcome = threshold.recovered(scores) ? CaseState.RECOVERED : CaseState.LOST;
		moveTo(outcome, "", now, actor);
		return outcome;
	}

	private void requireResolved() {
		if (this.state != CaseState.RESOLVED) {
			throw Problem.conflict("recovery.followUp.notResolved");
		}
	}

	private void requireWorked() {
		if (!this.state.isOpen()) {
			throw Problem.conflict("recovery.case.notOpen");
		}
	}

	public CaseFile file() {
		return this.file;
	}

	public CaseId id() {
		return this.file.id();
	}

	public CaseState state() {
		return this.state;
	}

	public Priority priority() {
		return this.priority;
	}

	public String assignee() {
		return this.assignee;
	}

	public String team() {
		return this.team;
	}

	public int version() {
		return this.version;
	}

	/** The entries added since the case was opened or restored, to be stored. */
	public List<TimelineEntry> recorded() {
		return List.copyOf(this.recorded);
	}

	/** The events the recorded changes amount to, for the case with this id. */
	public List<CaseEvent> events(CaseId id) {
		return TimelineEvents.of(this.file.workspace(), id, this.recorded);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.state, this.priority, this.assignee, this.team, this.firstContactAt, this.resolvedAt,
				this.closedAt, this.deadlines.firstContactDue(), this.deadlines.resolutionDue(),
				this.deadlines.alarms(), this.followUp.status(), this.followUp.at(), this.rootCause, this.version);
	}

	/** Everything about a case that changes, as stored. */
	public record Snapshot(CaseState state, Priority priority, String assignee, String team, Instant firstContactAt,
			Instant resolvedAt, Instant closedAt, Instant firstContactDue, Instant resolutionDue, Set<SlaAlarm> alarms,
			FollowUpStatus followUp, Instant followUpAt, RootCause rootCause, int version) {

		public Snapshot {
			alarms = Set.copyOf(alarms);
		}

	}

}
