package org.momentos.analytics;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.analytics.VerdictRules.Judgement;
import org.momentos.analytics.internal.RulesStore;
import org.momentos.analytics.internal.SearchIndex;
import org.momentos.analytics.internal.VerdictStore;
import org.momentos.analytics.internal.VerdictStore.Judged;
import org.momentos.insight.Flag;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every signal its verdict by the workspace's rules, keeps the daily health
 * roll-ups in step, and announces it with {@link SignalsJudged}, in batches. Judging a
 * signal again replaces its verdict.
 */
@Service
public class Verdicts {

	/** Verdicts changed by new rules are stored and announced this many at a time. */
	private static final int RULE_CHANGE_BATCH = 5_000;

	private final VerdictStore verdicts;

	private final RulesStore rules;

	private final Journeys journeys;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final SearchIndex search;

	Verdicts(VerdictStore verdicts, RulesStore rules, Journeys journeys, ApplicationEventPublisher events,
			AuditTrail audit, SearchIndex search) {
		this.search = search;
		this.verdicts = verdicts;
		this.rules = rules;
		this.journeys = journeys;
		this.events = events;
		this.audit = audit;
	}

	/** Judges a signal from its scores and what its text says; idempotent. */
	@Transactional
	public SignalJudged judge(Signal signal, TextReading reading) {
		return judgeAll(signal.workspace(), List.of(signal), Map.of(signal.id(), reading)).get(0);
	}

	/**
	 * Judges signals of one workspace together, from their scores and what their texts
	 * say (a signal without a reading has no text): the verdicts, the roll-ups and the
	 * search index in a few statements, and one {@link SignalsJudged}. Idempotent.
	 */
	@Transactional
	public List<SignalJudged> judgeAll(WorkspaceId workspace, List<Signal> signals,
			Map<SignalId, TextReading> readings) {
		if (signals.isEmpty()) {
			return List.of();
		}
		VerdictRules workspaceRules = this.rules.rulesOf(workspace);
		Map<UUID, Optional<MomentKind>> touchpointMoments = new HashMap<>();
		List<Judged> rows = new ArrayList<>(signals.size());
		List<SignalJudged> judged = new ArrayList<>(signals.size());
		for (Signal signal : signals) {
			if (!signal.workspace().equals(workspace)) {
				throw new IllegalArgumentException("Signal " + signal.id() + " is not of workspace " + workspace);
			}
			TextReading reading = readings.getOrDefault(signal.id(), TextReading.NONE);
			MomentKind moment = Optional.ofNullable(signal.touchpointKey())
				.flatMap((key) -> touchpointMoments.computeIfAbsent(key,
						(k) -> this.journeys.publishedTouchpoint(workspace, k).map(TouchpointRef::momentKind)))
				.orElse(reading.inferredMoment());
			SignalFacts facts = new SignalFacts(signal.scores().nps(), signal.scores().csat(), signal.scores().ces(),
					signal.scores().rating(), reading.sentiment(), reading.flags(), moment);
			Judgement judgement = workspaceRules.judge(facts);
			List<String> themes = reading.themes().stream().map((m) -> m.theme() + ":" + m.label().name()).toList();
			rows.add(new Judged(workspace, signal.id(), judgement.verdict(), judgement.reason(),
					signal.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), signal.touchpointKey(), facts.nps(),
					facts.csat(), facts.ces(), facts.rating(), facts.sentiment(),
					facts.flags().stream().map(Flag::name).sorted().toList(), moment == null ? null : moment.name(),
					themes));
			judged.add(new SignalJudged(workspace, signal.id(), judgement.verdict(), judgement.reason(), facts,
					reading.themes().stream().map(TextReading.ThemeMention::theme).distinct().toList(),
					signal.touchpointKey()));
		}
		this.verdicts.saveAll(workspace, rows);
		this.search.indexAll(signals.stream().map(Signal::id).toList());
		this.events.publishEvent(new SignalsJudged(workspace, judged));
		return judged;
	}

	public Optional<Judgement> verdictOf(WorkspaceId workspace, SignalId signal) {
		return this.verdicts.find(workspace, signal).map((judged) -> new Judgement(judged.verdict(), judged.reason()));
	}

	/** How many signals of the workspace have a verdict. */
	public long countJudged(WorkspaceId workspace) {
		return this.verdicts.count(workspace);
	}

	public VerdictRules rulesOf(WorkspaceAccess access) {
		access.require(Permission.VIEW);
		return this.rules.rulesOf(access.workspaceId());
	}

	/**
	 * Changes the workspace's rules and recomputes every verdict with them; signals whose
	 * verdict changes are announced again.
	 */
	@Transactional
	public int changeRules(WorkspaceAccess access, VerdictRules newRules) {
		access.require(Permission.MANAGE_WORKSPACE);
		this.rules.save(access.workspaceId(), newRules, access.actor());
		List<Judged> changedRows = new ArrayList<>();
		List<SignalJudged> changed = new ArrayList<>();
		for (Judged judged : this.verdicts.all(access.workspaceId())) {
			SignalFacts facts = new SignalFacts(judged.nps(), judged.csat(), judged.ces(), judged.rating(),
					judged.sentiment(),
					judged.flags().stream().map(Flag::valueOf).collect(java.util.stream.Collectors.toSet()),
					judged.moment() == null ? null : MomentKind.valueOf(judged.moment()));
			Judgement judgement = newRules.judge(facts);
			if (judgement.verdict() != judged.verdict() || judgement.reason() != judged.reason()) {
				changedRows.add(new Judged(judged.workspace(), judged.signal(), judgement.verdict(), judgement.reason(),
						judged.day(), judged.touchpointKey(), judged.nps(), judged.csat(), judged.ces(),
						judged.rating(), judged.sentiment(), judged.flags(), judged.moment(), judged.themes()));
				changed.add(new SignalJudged(judged.workspace(), judged.signal(), judgement.verdict(),
						judgement.reason(), facts,
						judged.themes().stream().map((t) -> t.substring(0, t.indexOf(':'))).distinct().toList(),
						judged.touchpointKey()));
			}
		}
		for (int from = 0; from < changedRows.size(); from += RULE_CHANGE_BATCH) {
			int to = Math.min(changedRows.size(), from + RULE_CHANGE_BATCH);
			this.verdicts.saveAll(access.workspaceId(), changedRows.subList(from, to));
			this.search.verdictsChanged(access.workspaceId(),
					changedRows.subList(from, to).stream().map(Judged::signal).toList());
			this.events.publishEvent(new SignalsJudged(access.workspaceId(), changed.subList(from, to)));
		}
		this.audit.record(access, "analytics.rulesChanged", changed.size() + " verdicts changed");
		return changed.size();
	}

}
