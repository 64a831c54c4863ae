package org.momentos.recovery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.momentos.recovery.AlertActions.Assignment;
import org.momentos.recovery.Case;
import org.momentos.recovery.CaseFile;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CasesOpened;
import org.momentos.recovery.Priority;
import org.momentos.recovery.SlaPolicy;
import org.momentos.signal.SignalId;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceId;
import org.momentos.workspace.WorkspaceMembers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a case (at most one per signal), gives it an owner and announces it with
 * {@code CaseOpened}: the one path for alert rules and for people.
 */
@Component
public class CaseOpening {

	private final CaseStore store;

	private final CaseBatches batches;

	private final RecoveryTeams teams;

	private final WorkspaceMembers members;

	private final RecoverySettingsStore settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	CaseOpening(CaseStore store, CaseBatches batches, RecoveryTeams teams, WorkspaceMembers members,
			RecoverySettingsStore settings, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
		this.store = store;
		this.batches = batches;
		this.teams = teams;
		this.members = members;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Opens the case with an owner: {@code assignee} when given, else the next member in
	 * turn of {@code team}. Empty when its signal already has a case.
	 */
	public Optional<CaseId> open(CaseFile draft, Priority priority, String assignee, String team, String actor) {
		Instant now = this.clock.instant();
		CaseFile file = new CaseFile(null, draft.workspace(), draft.signal(), draft.customerReference(),
				draft.touchpointKey(), draft.subject(), now, draft.rule());
		Case opened = Case.open(file, priority, this.settings.policyOf(file.workspace()), now, actor);
		String owner = assignee == null ? "" : assignee.strip();
		String ownerTeam = team == null ? "" : team.strip();
		if (owner.isEmpty() && !ownerTeam.isEmpty()) {
			owner = this.teams.nextInTurn(file.workspace(), ownerTeam, workers(file.workspace()), now).orElse("");
		}
		if (!owner.isEmpty() || !ownerTeam.isEmpty()) {
			opened.assign(owner, ownerTeam, now, actor);
		}
		Optional<CaseId> id = this.store.insert(opened);
		id.ifPresent((caseId) -> {
			opened.events(caseId).forEach(this.events::publishEvent);
			this.audit.record(file.workspace(), actor, "case.opened", "#" + caseId + " " + file.subject());
		});
		return id;
	}

	/**
	 * Opens cases about signals of one workspace together, each with its owner as in
	 * {@link #open}: the SLA policy and the members are read once, the cases, their first
	 * timeline entries and their audit entries are written in a statement each, and one
	 * {@link CasesOpened} announces them. A signal that already has a case gets none.
	 * @return the new cases by signal
	 */
	public Map<SignalId, CaseId> openAll(WorkspaceId workspace, List<Draft> drafts, String actor) {
		if (drafts.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		SlaPolicy policy = this.settings.policyOf(workspace);
		Set<String> workers = null;
		List<Case> cases = new ArrayList<>(drafts.size());
		for (Draft draft : drafts) {
			CaseFile file = new CaseFile(null, workspace, draft.file().signal(), draft.file().customerReference(),
					draft.file().touchpointKey(), draft.file().subject(), now, draft.file().rule());
			Case opened = Case.open(file, draft.priority(), policy, now, actor);
			String owner = draft.assignee() == null ? "" : draft.assignee().strip();
			String team = draft.team() == null ? "" : draft.team().strip();
			if (owner.isEmpty() && !team.isEmpty()) {
				workers = (workers != null) ? workers : workers(workspace);
				owner = this.teams.nextInTurn(workspace, team, workers, now).orElse("");
			}
			if (!owner.isEmpty() || !team.isEmpty()) {
				opened.assign(owner, team, now, actor);
			}
			cases.add(opened);
		}
		Map<SignalId, CaseId> ids = this.batches.insertAll(workspace, cases);
		if (!ids.isEmpty()) {
			Map<SignalId, String> subjects = new HashMap<>();
			cases.forEach((opened) -> subjects.putIfAbsent(opened.file().signal(), opened.file().subject()));
			this.audit.recordAll(workspace, actor, "case.opened",
					ids.entrySet()
						.stream()
						.map((entry) -> "#" + entry.getValue() + " " + subjects.get(entry.getKey()))
						.toList());
			this.events.publishEvent(new CasesOpened(workspace, List.copyOf(ids.values())));
		}
		return ids;
	}

	/**
	 * A case to open with others: its file (the signal it is about), priority and owner
	 * (an assignee, or a team whose next member in turn gets it).
	 */
	public record Draft(CaseFile file, Priority priority, String assignee, String team) {
	}

	/** The team an alert rule's assignment names, or {@code ""}. */
	static String teamFor(Assignment assignment, String ruleTeam, String touchpointOwnerTeam) {
		return switch (assignment) {
			case NONE -> "";
			case TEAM -> ruleTeam;
			case TOUCHPOINT_OWNER_TEAM -> touchpointOwnerTeam == null ? "" : touchpointOwnerTeam;
		};
	}

	/** Members who may work cases. */
	Set<String> workers(WorkspaceId workspace) {
		return this.members.of(workspace)
			.stream()
			.filter((member) -> member.may(Permission.WORK_CASES))
			.map((member) -> member.email())
			.collect(Collectors.toSet());
	}

}
