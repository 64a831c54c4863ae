package org.momentos.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.momentos.platform.Problem;
import org.momentos.recovery.TimelineEntry.Assigned;
import org.momentos.recovery.TimelineEntry.CompensationGiven;
import org.momentos.recovery.TimelineEntry.Contact;
import org.momentos.recovery.TimelineEntry.FollowUpChanged;
import org.momentos.recovery.TimelineEntry.Note;
import org.momentos.recovery.TimelineEntry.PriorityChanged;
import org.momentos.recovery.TimelineEntry.RootCauseChosen;
import org.momentos.recovery.TimelineEntry.SlaAlarmRaised;
import org.momentos.recovery.TimelineEntry.StateChanged;
import org.momentos.signal.Scores;
import org.momentos.workspace.WorkspaceId;

/**
 * A service-recovery case: the aggregate that guards the state machine, the SLA deadlines
 * and the timeline. Every change appends to {@link #recorded()}, which the store writes
 * together with the new state under the case's version, so two agents never overwrite
 * each other.
 */
public final class Case {

	private final CaseFile file;

	private final SlaPolicy policy;

	private CaseState state;

	private Priority priority;

	private String assignee;

	private String team;

	private Instant firstContactAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Instant firstContactDue;

	private Instant resolutionDue;

	private final Set<SlaAlarm> alarms;

	private FollowUpStatus followUp;

	private Instant followUpAt;

	private RootCause rootCause;

	private final int version;

	private final List<TimelineEntry> recorded = new ArrayList<>();

	private Case(CaseFile file, Snapshot snapshot, SlaPolicy policy) {
		this.file = file;
		this.policy = policy;
		this.state = snapshot.state();
		this.priority = snapshot.priority();
		this.assignee = snapshot.assignee();
		this.team = snapshot.team();
		this.firstContactAt = snapshot.firstContactAt();
		this.resolvedAt = snapshot.resolvedAt();
		this.closedAt = snapshot.closedAt();
		this.firstContactDue = snapshot.firstContactDue();
		this.resolutionDue = snapshot.resolutionDue();
		this.alarms = snapshot.alarms().isEmpty() ? EnumSet.noneOf(SlaAlarm.class) : EnumSet.copyOf(snapshot.alarms());
		this.followUp = snapshot.followUp();
		this.followUpAt = snapshot.followUpAt();
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
		SlaPolicy.Targets targets = this.policy.targetsFor(priority);
		this.firstContactDue = this.file.openedAt().plus(targets.firstContact());
		this.resolutionDue = this.file.openedAt().plus(targets.resolution());
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
		this.resolutionDue = now.plus(this.policy.targetsFor(this.priority).resolution());
		this.alarms.removeIf(SlaAlarm::isAboutResolution);
		this.followUp = FollowUpStatus.NONE;
		this.followUpAt = null;
	}

	/**
	 * The SLA warnings and breaches due at {@code now} that were not raised yet, in the
	 * order they happen.
	 */
	public List<SlaAlarm> alarmsDue(Instant now) {
		if (!this.state.isOpen()) {
			return List.of();
		}
		List<SlaAlarm> due = new ArrayList<>();
		Instant opened = this.file.openedAt();
		if (this.firstContactAt == null) {
			addIfDue(due, SlaAlarm.FIRST_CONTACT_WARNING, warningTime(opened, this.firstContactDue), now);
			addIfDue(due, SlaAlarm.FIRST_CONTACT_BREACHED, this.firstContactDue, now);
		}
		Instant resolutionStart = this.resolutionDue.minus(this.policy.targetsFor(this.priority).resolution());
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

	/** Records an SLA alarm once, with whom it was sent to. */
	public void raise(SlaAlarm alarm, String notified, Instant now) {
		if (this.alarms.add(alarm)) {
			this.recorded.add(new SlaAlarmRaised(now, CaseFile.SYSTEM, alarm, notified));
		}
	}

	/**
	 * Past a deadline that still runs: no first contact in time, or not resolved in time.
	 */
	public boolean isOverdue(Instant now) {
		if (!this.state.isOpen()) {
			return false;
		}
		return (this.firstContactAt == null && now.isAfter(this.firstContactDue)) || now.isAfter(this.resolutionDue);
	}

	/** The next deadline that still runs (for sorting); far future when none does. */
	public Instant nextDeadline() {
		if (!this.state.isOpen()) {
			return Instant.MAX;
		}
		return this.firstContactAt == null && this.firstContactDue.isBefore(this.resolutionDue) ? this.firstContactDue
				: this.resolutionDue;
	}

	/** The follow-up survey went out (or a reminder of it). */
	public void followUpSent(boolean reminder, Instant now) {
		if (this.state != CaseState.RESOLVED) {
			throw Problem.conflict("recovery.followUp.notResolved");
		}
		this.followUp = reminder ? FollowUpStatus.REMINDED : FollowUpStatus.REQUESTED;
		this.followUpAt = now;
		this.recorded.add(new FollowUpChanged(now, CaseFile.SYSTEM, this.followUp, ""));
	}

	/**
	 * The follow-up survey could not go out; {@code reason} is a short code (see
	 * {@link FollowUpSurveys.FollowUpDelivery}).
	 */
	public void followUpNotSent(String reason, Instant now) {
		if (this.state != CaseState.RESOLVED) {
			throw Problem.conflict("recovery.followUp.notResolved");
		}
		this.followUp = FollowUpStatus.NOT_SENT;
		this.followUpAt = now;
		this.recorded.add(new FollowUpChanged(now, CaseFile.SYSTEM, FollowUpStatus.NOT_SENT, reason));
	}

	/**
	 * Nothing came back after the reminder, or no reminder could be sent
	 * ({@code reason}): the outcome stays unknown. A late answer still decides it.
	 */
	public void followUpUnanswered(String reason, Instant now) {
		this.followUp = FollowUpStatus.UNANSWERED;
		this.followUpAt = now;
		this.recorded.add(new FollowUpChanged(now, CaseFile.SYSTEM, FollowUpStatus.UNANSWERED, reason));
	}

	/**
	 * The customer answered the follow-up: the threshold decides recovered or lost.
	 * Returns the final state.
	 */
	public CaseState recordFollowUp(Scores scores, FollowUpThreshold threshold, Instant now, String actor) {
		if (this.state != CaseState.RESOLVED) {
			throw Problem.conflict("recovery.followUp.notResolved");
		}
		if (!threshold.decides(scores)) {
			throw Problem.invalid("recovery.followUp.noScore");
		}
		if ((scores.nps() != null && (scores.nps() < 0 || scores.nps() > 10))
				|| (scores.csat() != null && (scores.csat() < 1 || scores.csat() > 5))) {
			throw Problem.invalid("recovery.followUp.invalid");
		}
		this.followUp = FollowUpStatus.ANSWERED;
		this.followUpAt = now;
		this.recorded.add(new FollowUpChanged(now, actor, FollowUpStatus.ANSWERED, describe(scores)));
		CaseState outcome = threshold.recovered(scores) ? CaseState.RECOVERED : CaseState.LOST;
		moveTo(outcome, "", now, actor);
		return outcome;
	}

	private static String describe(Scores scores) {
		List<String> parts = new ArrayList<>();
		if (scores.nps() != null) {
			parts.add("NPS " + scores.nps());
		}
		if (scores.csat() != null) {
			parts.add("CSAT " + scores.csat());
		}
		if (scores.rating() != null) {
			parts.add("★ " + scores.rating());
		}
		return String.join(", ", parts);
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
		List<CaseEvent> events = new ArrayList<>();
		WorkspaceId workspace = this.file.workspace();
		for (TimelineEntry entry : this.recorded) {
			if (entry instanceof StateChanged changed) {
				switch (changed.to()) {
					case OPEN -> events
						.add(changed.from() == null ? new CaseOpened(workspace, id) : new CaseReopened(workspace, id));
					case RESOLVED -> events.add(new CaseResolved(workspace, id));
					case RECOVERED -> events.add(new CaseRecovered(workspace, id));
					case LOST -> events.add(new CaseLost(workspace, id));
					case CONTACTED -> {
					}
				}
			}
			else if (entry instanceof SlaAlarmRaised raised && raised.alarm().isBreach()) {
				events.add(new CaseEscalated(workspace, id, raised.alarm()));
			}
		}
		return events;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.state, this.priority, this.assignee, this.team, this.firstContactAt, this.resolvedAt,
				this.closedAt, this.firstContactDue, this.resolutionDue, Set.copyOf(this.alarms), this.followUp,
				this.followUpAt, this.rootCause, this.version);
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
