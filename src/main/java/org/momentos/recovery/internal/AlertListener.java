package org.momentos.recovery.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.SignalsJudged;
import org.momentos.analytics.Verdict;
import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.recovery.AlertFired;
import org.momentos.recovery.AlertRule;
import org.momentos.recovery.CaseFile;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.Priority;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the workspace's alert rules to every judged signal, a batch at a time.
 * Idempotent: each rule fires once per signal and a signal gets at most one case, however
 * often the event arrives.
 */
@Component
class AlertListener {

	private final AlertRuleStore rules;

	private final CaseBatches cases;

	private final CaseOpening opening;

	private final Signals signals;

	private final Journeys journeys;

	private final MomentLog moments;

	private final Notifier notifier;

	private final ApplicationEventPublisher events;

	private final WebhookStore webhooks;

	AlertListener(AlertRuleStore rules, CaseBatches cases, CaseOpening opening, Signals signals, Journeys journeys,
			MomentLog moments, Notifier notifier, ApplicationEventPublisher events, WebhookStore webhooks) {
		this.webhooks = webhooks;
		this.rules = rules;
		this.cases = cases;
		this.opening = opening;
		this.signals = signals;
		this.journeys = journeys;
		this.moments = moments;
		this.notifier = notifier;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(SignalJudged judged) {
		evaluate(judged.workspace(), List.of(judged));
	}

	/** A batch of verdicts: the signals and rules are read once for all of them. */
	@ApplicationModuleListener
	void on(SignalsJudged batch) {
		evaluate(batch.workspace(), batch.judged());
	}

	private void evaluate(WorkspaceId workspace, List<SignalJudged> batch) {
		Map<SignalId, Signal> found = new HashMap<>();
		this.signals.findAll(workspace, batch.stream().map(SignalJudged::signal).toList())
			.forEach((signal) -> found.put(signal.id(), signal));
		Map<SignalId, Verdict> verdicts = new LinkedHashMap<>();
		batch.stream()
			.filter((judged) -> found.containsKey(judged.signal()))
			.forEach((judged) -> verdicts.put(judged.signal(), judged.verdict()));
		this.moments.recordAll(verdicts.keySet().stream().map(found::get).toList(), verdicts::get);
		List<AlertRule> workspaceRules = this.rules.rules(workspace);
		// Each rule claims, in one statement, the signals it matches and has not fired
		// for; the cases those signals already have are read in one query.
		Map<Long, Set<SignalId>> fires = new HashMap<>();
		Set<SignalId> firing = new HashSet<>();
		for (AlertRule rule : workspaceRules) {
			List<SignalId> matching = batch.stream()
				.filter((judged) -> rule.enabled() && rule.conditions().matches(judged, found.get(judged.signal())))
				.map(SignalJudged::signal)
				.toList();
			Set<SignalId> claimed = this.rules.claimFirings(rule.id(), matching);
			fires.put(rule.id(), claimed);
			firing.addAll(claimed);
		}
		Map<SignalId, CaseId> cases = new HashMap<>(this.cases.ofSignals(workspace, firing));
		// The first rule that opens a case for a signal without one opens it: all the
		// batch's cases are opened together, before the notifications that name them.
		Map<SignalId, Long> openedBy = new HashMap<>();
		List<CaseOpening.Draft> drafts = new ArrayList<>();
		Map<UUID, Optional<TouchpointRef>> touchpoints = new HashMap<>();
		for (SignalJudged judged : batch) {
			if (!firing.contains(judged.signal()) || cases.containsKey(judged.signal())
					|| openedBy.containsKey(judged.signal())) {
				continue;
			}
			workspaceRules.stream()
				.filter((rule) -> rule.actions().openCase() && fires.get(rule.id()).contains(judged.signal()))
				.findFirst()
				.ifPresent((rule) -> {
					openedBy.put(judged.signal(), rule.id());
					drafts.add(draft(judged, Optional.ofNullable(found.get(judged.signal())), rule, touchpoints));
				});
		}
		Map<SignalId, CaseId> opened = this.opening.openAll(workspace, drafts, CaseFile.SYSTEM);
		// A rule's webhook action posts to the workspace's webhooks: with none, there is
		// nothing to announce.
		boolean webhooks = !firing.isEmpty() && !this.webhooks.list(workspace).isEmpty();
		for (SignalJudged judged : batch) {
			if (firing.remove(judged.signal())) {
				announce(judged, Optional.ofNullable(found.get(judged.signal())), workspaceRules, fires,
						Optional.ofNullable(cases.get(judged.signal())), openedBy.get(judged.signal()),
						Optional.ofNullable(opened.get(judged.signal())), webhooks);
			}
		}
	}

	/**
	 * The firing rules' emails and webhook announcements, in rule order: those after the
	 * rule that opened the signal's case name it.
	 */
	private void announce(SignalJudged judged, Optional<Signal> signal, List<AlertRule> workspaceRules,
			Map<Long, Set<SignalId>> fires, Optional<CaseId> caseOfSignal, Long openingRule, Optional<CaseId> opened,
			boolean webhooks) {
		Optional<CaseId> existing = caseOfSignal;
		for (AlertRule rule : workspaceRules) {
			if (!fires.get(rule.id()).contains(judged.signal())) {
				continue;
			}
			if (existing.isEmpty() && Objects.equals(rule.id(), openingRule)) {
				existing = opened;
			}
			this.notifier.email(rule.actions().notifyEmails(), "Momentos: " + judged.verdict() + " #" + judged.signal(),
					subject(judged, signal) + "\n" + (existing.map((id) -> "Case #" + id).orElse("")));
			if (rule.actions().webhook() && webhooks) {
				this.events.publishEvent(new AlertFired(judged.workspace(), judged.signal(), rule.name(),
						judged.verdict(), existing.orElse(null)));
			}
		}
	}

	private CaseOpening.Draft draft(SignalJudged judged, Optional<Signal> signal, AlertRule rule,
			Map<UUID, Optional<TouchpointRef>> touchpoints) {
		Optional<TouchpointRef> touchpoint = judged.touchpointKey() == null ? Optional.empty()
				: touchpoints.computeIfAbsent(judged.touchpointKey(),
						(key) -> this.journeys.publishedTouchpoint(judged.workspace(), key));
		String team = CaseOpening.teamFor(rule.actions().assignment(), rule.actions().team(),
				touchpoint.map(TouchpointRef::ownerTeam).orElse(""));
		Priority priority = rule.actions().priority() != null ? rule.actions().priority()
				: Priority.forVerdict(judged.verdict());
		CaseFile file = new CaseFile(null, judged.workspace(), judged.signal(),
				signal.map(Signal::customerReference).orElse(""), judged.touchpointKey(), subject(judged, signal), null,
				rule.name());
		return new CaseOpening.Draft(file, priority, "", team);
	}

	private static String subject(SignalJudged judged, Optional<Signal> signal) {
		String text = signal.map((found) -> found.title() != null ? found.title() : found.text()).orElse(null);
		if (text == null || text.isBlank()) {
			return judged.verdict() + " · " + judged.reason();
		}
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 140 ? line : line.substring(0, 139) + "…";
	}

}
