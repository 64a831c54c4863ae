package org.momentos.recovery.internal;

import java.util.Optional;

import org.momentos.analytics.SignalJudged;
import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.recovery.AlertFired;
import org.momentos.recovery.AlertRule;
import org.momentos.recovery.CaseFile;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.Priority;
import org.momentos.signal.Signal;
import org.momentos.signal.Signals;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the workspace's alert rules to every judged signal. Idempotent: each rule fires
 * once per signal and a signal gets at most one case, however often the event arrives.
 */
@Component
class AlertListener {

	private final AlertRuleStore rules;

	private final CaseStore cases;

	private final CaseOpening opening;

	private final Signals signals;

	private final Journeys journeys;

	private final MomentLog moments;

	private final Notifier notifier;

	private final ApplicationEventPublisher events;

	AlertListener(AlertRuleStore rules, CaseStore cases, CaseOpening opening, Signals signals, Journeys journeys,
			MomentLog moments, Notifier notifier, ApplicationEventPublisher events) {
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
		Optional<Signal> signal = this.signals.find(judged.workspace(), judged.signal());
		signal.ifPresent((found) -> this.moments.record(found, judged.verdict()));
		Optional<CaseId> existing = this.cases.ofSignal(judged.workspace(), judged.signal());
		for (AlertRule rule : this.rules.rules(judged.workspace())) {
			if (!rule.enabled() || !rule.conditions().matches(judged, signal.orElse(null))
					|| !this.rules.claimFiring(rule.id(), judged.signal())) {
				continue;
			}
			if (rule.actions().openCase() && existing.isEmpty()) {
				existing = openCase(judged, signal, rule);
			}
			this.notifier.email(rule.actions().notifyEmails(), "Momentos: " + judged.verdict() + " #" + judged.signal(),
					subject(judged, signal) + "\n" + (existing.map((id) -> "Case #" + id).orElse("")));
			if (rule.actions().webhook()) {
				this.events.publishEvent(new AlertFired(judged.workspace(), judged.signal(), rule.name(),
						judged.verdict(), existing.orElse(null)));
			}
		}
	}

	private Optional<CaseId> openCase(SignalJudged judged, Optional<Signal> signal, AlertRule rule) {
		Optional<TouchpointRef> touchpoint = judged.touchpointKey() == null ? Optional.empty()
				: this.journeys.publishedTouchpoint(judged.workspace(), judged.touchpointKey());
		String team = CaseOpening.teamFor(rule.actions().assignment(), rule.actions().team(),
				touchpoint.map(TouchpointRef::ownerTeam).orElse(""));
		Priority priority = rule.actions().priority() != null ? rule.actions().priority()
				: Priority.forVerdict(judged.verdict());
		CaseFile file = new CaseFile(null, judged.workspace(), judged.signal(),
				signal.map(Signal::customerReference).orElse(""), judged.touchpointKey(), subject(judged, signal), null,
				rule.name());
		return this.opening.open(file, priority, "", team, CaseFile.SYSTEM);
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
