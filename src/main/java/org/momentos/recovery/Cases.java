package org.momentos.recovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.momentos.journey.Journeys;
import org.momentos.platform.Problem;
import org.momentos.recovery.FollowUpSurveys.FollowUpDelivery;
import org.momentos.recovery.FollowUpSurveys.FollowUpRequest;
import org.momentos.recovery.internal.CaseOpening;
import org.momentos.recovery.internal.CaseStore;
import org.momentos.recovery.internal.CaseStore.CaseQuery;
import org.momentos.recovery.internal.RecoverySettingsStore;
import org.momentos.recovery.internal.RecoveryTeams;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.Signals;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;
import org.momentos.workspace.WorkspaceMembers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working cases: the inbox, the case with its customer story, and every change, each
 * guarded by the caller's permission, the case's visibility (agents see their own, their
 * team's and unassigned cases; managers all) and the case's version (a change based on a
 * stale page is a conflict, never a lost update).
 */
@Service
public class Cases {

	private final CaseStore store;

	private final CaseOpening opening;

	private final RecoveryTeams teams;

	private final WorkspaceMembers members;

	private final Signals signals;

	private final Journeys journeys;

	private final RecoverySettingsStore settings;

	private final FollowUpSurveys followUps;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	Cases(CaseStore store, CaseOpening opening, RecoveryTeams teams, WorkspaceMembers members, Signals signals,
			Journeys journeys, RecoverySettingsStore settings, FollowUpSurveys followUps, Clock clock,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.followUps = followUps;
		this.store = store;
		this.opening = opening;
		this.teams = teams;
		this.members = members;
		this.signals = signals;
		this.journeys = journeys;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
	}

	/** The inbox: overdue cases first, then by the nearest deadline. */
	public List<Case> inbox(WorkspaceAccess access, InboxView view, Set<CaseState> states, Priority priority) {
		access.require(Permission.WORK_CASES);
		boolean everything = access.may(Permission.MANAGE_CASES);
		String team = this.teams.teamOf(access.workspaceId(), access.actor());
		Instant now = this.clock.instant();
		return this.store
			.list(access.workspaceId(), new CaseQuery(access.actor(), team, everything, view, states, priority))
			.stream()
			.sorted(Comparator.comparing((Case c) -> !c.isOverdue(now))
				.thenComparing((Case c) -> c.state().isOpen() ? 0 : 1)
				.thenComparing(Case::nextDeadline))
			.toList();
	}

	/** The case, or 404 when it is not in the workspace or not visible to the caller. */
	public Case get(WorkspaceAccess access, CaseId id) {
		access.require(Permission.WORK_CASES);
		Case found = this.store.find(access.workspaceId(), id).orElseThrow(Cases::notFound);
		if (!visible(access, found)) {
			throw notFound();
		}
		return found;
	}

	/** The case with its timeline and the customer's whole story. */
	public CaseView view(WorkspaceAccess access, CaseId id) {
		Case found = get(access, id);
		WorkspaceId workspace = access.workspaceId();
		CaseFile file = found.file();
		Optional<Signal> trigger = file.signal() == null ? Optional.empty()
				: this.signals.find(workspace, file.signal());
		List<Signal> past = file.customerReference().isEmpty() ? List.of()
				: this.signals.ofCustomer(workspace, file.customerReference())
					.stream()
					.filter((signal) -> !signal.id().equals(file.signal()))
					.toList();
		List<Case> others = file.customerReference().isEmpty() ? List.of()
				: this.store.ofCustomer(workspace, file.customerReference())
					.stream()
					.filter((other) -> !other.id().equals(id) && visible(access, other))
					.toList();
		return new CaseView(found, this.store.timeline(workspace, id), trigger, file.touchpointKey() == null
				? Optional.empty() : this.journeys.publishedTouchpoint(workspace, file.touchpointKey()), past, others);
	}

	@Transactional
	public CaseId open(WorkspaceAccess access, NewCase request) {
		access.require(Permission.WORK_CASES);
		if (request.signal() != null) {
			this.signals.find(access.workspaceId(), request.signal())
				.orElseThrow(() -> Problem.invalid("recovery.signal.unknown"));
		}
		String assignee = request.assignee() == null ? "" : request.assignee().strip();
		if (!assignee.isEmpty()) {
			requireWorker(access.workspaceId(), assignee);
		}
		CaseFile file = new CaseFile(null, access.workspaceId(), request.signal(), request.customerReference(),
				request.touchpointKey(), request.subject(), this.clock.instant(), "");
		return this.opening.open(file, request.priority(), assignee, request.team(), access.actor())
			.orElseThrow(() -> Problem.conflict("recovery.case.signalHasCase"));
	}

	@Transactional
	public Case logContact(WorkspaceAccess access, CaseId id, int version, ContactChannel channel,
			ContactOutcome outcome, String text) {
		return change(access, id, version, (c) -> c.logContact(channel, outcome, text, now(), access.actor()));
	}

	@Transactional
	public Case addNote(WorkspaceAccess access, CaseId id, int version, String text) {
		return change(access, id, version, (c) -> c.addNote(text, now(), access.actor()));
	}

	@Transactional
	public Case giveCompensation(WorkspaceAccess access, CaseId id, int version, Compensation compensation) {
		return change(access, id, version, (c) -> c.giveCompensation(compensation, now(), access.actor()));
	}

	@Transactional
	public Case chooseRootCause(WorkspaceAccess access, CaseId id, int version, RootCause cause, UUID touchpointKey) {
		return change(access, id, version, (c) -> c.chooseRootCause(cause,
				touchpointKey == null ? c.file().touchpointKey() : touchpointKey, now(), access.actor()));
	}

	/**
	 * Moves the case. Resolving it asks the customer for the follow-up survey in the same
	 * change, so the page the agent sees next is not outdated by it.
	 */
	@Transactional
	public Case moveTo(WorkspaceAccess access, CaseId id, int version, CaseState next, String reason) {
		return change(access, id, version, (c) -> {
			c.moveTo(next, reason, now(), access.actor());
			if (next == CaseState.RESOLVED && !c.file().customerReference().isEmpty()) {
				FollowUpDelivery delivery = this.followUps.requestFollowUp(new FollowUpRequest(c.file().workspace(),
						c.id(), c.file().customerReference(), c.file().touchpointKey(), languageOf(c), false));
				if (delivery.sent()) {
					c.followUpSent(false, now());
				}
				else {
					c.followUpNotSent(delivery.reason(), now());
				}
			}
		});
	}

	@Transactional
	public Case changePriority(WorkspaceAccess access, CaseId id, int version, Priority priority) {
		access.require(Permission.MANAGE_CASES);
		return change(access, id, version, (c) -> c.changePriority(priority, now(), access.actor()));
	}

	/**
	 * Gives the case an owner. Managers assign anyone who works cases; an agent can only
	 * take a case for themselves.
	 */
	@Transactional
	public Case assign(WorkspaceAccess access, CaseId id, int version, String assignee, String team) {
		String owner = assignee == null ? "" : assignee.strip();
		if (!access.may(Permission.MANAGE_CASES) && !owner.equalsIgnoreCase(access.actor())) {
			access.require(Permission.MANAGE_CASES);
		}
		if (!owner.isEmpty()) {
			requireWorker(access.workspaceId(), owner);
		}
		return change(access, id, version,
				(c) -> c.assign(owner, team == null ? c.team() : team, now(), access.actor()));
	}

	/** An agent records the follow-up answer by hand (a phone call, say). */
	@Transactional
	public Case recordFollowUp(WorkspaceAccess access, CaseId id, int version, Scores scores) {
		return change(access, id, version, (c) -> c.recordFollowUp(scores,
				this.settings.thresholdOf(access.workspaceId()), now(), access.actor()));
	}

	/**
	 * The customer answered the follow-up survey (called by the survey module): the
	 * threshold decides {@code RECOVERED} or {@code LOST}, which is returned.
	 */
	@Transactional
	public CaseState recordFollowUp(WorkspaceId workspace, CaseId id, Scores scores) {
		Case found = this.store.find(workspace, id).orElseThrow(Cases::notFound);
		CaseState outcome = found.recordFollowUp(scores, this.settings.thresholdOf(workspace), now(), CaseFile.SYSTEM);
		save(found);
		return outcome;
	}

	private Case change(WorkspaceAccess access, CaseId id, int version, Consumer<Case> action) {
		Case found = get(access, id);
		if (found.version() != version) {
			throw Problem.conflict("recovery.case.conflict");
		}
		action.accept(found);
		save(found);
		this.audit.record(access, "case.changed", "#" + id);
		return get(access, id);
	}

	private void save(Case changed) {
		if (!this.store.save(changed)) {
			throw Problem.conflict("recovery.case.conflict");
		}
		changed.events(changed.id()).forEach(this.events::publishEvent);
	}

	/** The language the customer complained in, when the case came from a signal. */
	private String languageOf(Case found) {
		return found.file().signal() == null ? null
				: this.signals.find(found.file().workspace(), found.file().signal()).map(Signal::language).orElse(null);
	}

	private boolean visible(WorkspaceAccess access, Case found) {
		if (access.may(Permission.MANAGE_CASES)) {
			return true;
		}
		String team = this.teams.teamOf(access.workspaceId(), access.actor());
		return found.assignee().equalsIgnoreCase(access.actor())
				|| (!found.team().isEmpty() && found.team().equalsIgnoreCase(team))
				|| (found.assignee().isEmpty() && found.team().isEmpty());
	}

	private void requireWorker(WorkspaceId workspace, String email) {
		boolean worker = this.members.of(workspace)
			.stream()
			.anyMatch((member) -> member.email().equalsIgnoreCase(email) && member.may(Permission.WORK_CASES));
		if (!worker) {
			throw Problem.invalid("recovery.assignee.unknown");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static Problem notFound() {
		return Problem.notFound("recovery.case.notFound");
	}

}
