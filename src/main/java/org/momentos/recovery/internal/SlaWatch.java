package org.momentos.recovery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.momentos.recovery.Case;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.FollowUpStatus;
import org.momentos.recovery.FollowUpSurveys;
import org.momentos.recovery.FollowUpSurveys.FollowUpDelivery;
import org.momentos.recovery.FollowUpSurveys.FollowUpRequest;
import org.momentos.recovery.SlaAlarm;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceId;
import org.momentos.workspace.WorkspaceMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, by the {@link Clock}: raises SLA warnings (to the owner) and breaches
 * (escalated to the workspace's case managers), sends the one follow-up reminder, and
 * marks follow-ups unanswered. Each case is handled in its own transaction; a case
 * changed meanwhile by an agent is simply handled on the next run. Runs never overlap (a
 * run started by hand waits for the scheduled one): an alarm mail or a reminder is sent
 * before its case is saved, so two runs at once would both send it.
 */
@Component
public class SlaWatch {

	private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

	private final CaseStore store;

	private final WorkspaceMembers members;

	private final RecoveryTeams teams;

	private final FollowUpSurveys followUps;

	private final RecoveryProperties properties;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SlaWatch(CaseStore store, WorkspaceMembers members, RecoveryTeams teams, FollowUpSurveys followUps,
			RecoveryProperties properties, Notifier notifier, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.members = members;
		this.teams = teams;
		this.followUps = followUps;
		this.properties = properties;
		this.notifier = notifier;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${momentos.recovery.sla.check-every:60s}", initialDelayString = "60s")
	public synchronized void check() {
		Instant now = this.clock.instant();
		for (Case watched : this.store.watched()) {
			this.transactions.executeWithoutResult((status) -> {
				handle(watched, now);
				if (!watched.recorded().isEmpty() && !this.store.save(watched)) {
					log.debug("Case {} changed meanwhile; the SLA watch tries again next run", watched.id());
					status.setRollbackOnly();
					return;
				}
				watched.events(watched.id()).forEach(this.events::publishEvent);
			});
		}
	}

	private void handle(Case watched, Instant now) {
		for (SlaAlarm alarm : watched.alarmsDue(now)) {
			List<String> notified = alarm.isBreach() ? managers(watched.file().workspace()) : owners(watched);
			watched.raise(alarm, String.join(", ", notified), now);
			this.notifier.email(notified, "Momentos: " + alarm + " #" + watched.id(), watched.file().subject());
			this.audit.record(watched.file().workspace(), "momentos", "case.sla." + alarm.name().toLowerCase(),
					"#" + watched.id() + " → " + String.join(", ", notified));
		}
		if (watched.state() != CaseState.RESOLVED) {
			return;
		}
		Instant since = watched.snapshot().followUpAt();
		RecoveryProperties.FollowUp rules = this.properties.followUp();
		if (watched.snapshot().followUp() == FollowUpStatus.REQUESTED
				&& !now.isBefore(since.plus(rules.reminderAfter()))) {
			FollowUpDelivery reminder = this.followUps.requestFollowUp(new FollowUpRequest(watched.file().workspace(),
					watched.id(), watched.file().customerReference(), watched.file().touchpointKey(), null, true));
			if (reminder.sent()) {
				watched.followUpSent(true, now);
			}
			else {
				watched.followUpUnanswered(reminder.reason(), now);
			}
		}
		else if (watched.snapshot().followUp() == FollowUpStatus.REMINDED
				&& !now.isBefore(since.plus(rules.unansweredAfter()))) {
			watched.followUpUnanswered("", now);
		}
	}

	/** The assignee, else the team, else the managers. */
	private List<String> owners(Case watched) {
		if (!watched.assignee().isEmpty()) {
			return List.of(watched.assignee());
		}
		WorkspaceId workspace = watched.file().workspace();
		if (!watched.team().isEmpty()) {
			List<String> team = this.teams.all(workspace)
				.entrySet()
				.stream()
				.filter((member) -> member.getValue().equalsIgnoreCase(watched.team()))
				.map((member) -> member.getKey())
				.toList();
			if (!team.isEmpty()) {
				return team;
			}
		}
		return managers(workspace);
	}

	private List<String> managers(WorkspaceId workspace) {
		return this.members.of(workspace)
			.stream()
			.filter((member) -> member.may(Permission.MANAGE_CASES))
			.map((member) -> member.email())
			.toList();
	}

}
