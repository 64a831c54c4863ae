package org.momentos.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.momentos.analytics.SignalFacts;
import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.VerdictRules;
import org.momentos.insight.Analysis;
import org.momentos.insight.TextAnalyzer;
import org.momentos.journey.MomentKind;
import org.momentos.recovery.internal.CaseStore;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays the part of text analytics until it is wired: reads a signal's text, judges it
 * with the default verdict rules, publishes {@link SignalJudged} in a transaction, and
 * waits (boundedly) for what recovery does with it.
 */
@Component
class RecoveryScenario {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CaseStore cases;

	RecoveryScenario(ApplicationEventPublisher events, TransactionTemplate transactions, CaseStore cases) {
		this.events = events;
		this.transactions = transactions;
		this.cases = cases;
	}

	/** Judges the signal as analytics will, and publishes the verdict. */
	SignalJudged judge(Signal signal, MomentKind touchpointMoment) {
		Analysis analysis = signal.text() == null ? null : analyzer.analyze(signal.text());
		SignalFacts facts = new SignalFacts(signal.scores().nps(), signal.scores().csat(), signal.scores().ces(),
				signal.scores().rating(), analysis == null ? null : analysis.sentiment().score(),
				analysis == null ? null : analysis.flags(), touchpointMoment);
		VerdictRules.Judgement judgement = VerdictRules.DEFAULTS.judge(facts);
		SignalJudged judged = new SignalJudged(signal.workspace(), signal.id(), judgement.verdict(), judgement.reason(),
				facts, analysis == null ? List.of() : analysis.themes(), signal.touchpointKey());
		publish(judged);
		return judged;
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	/** The case recovery opened for the signal, waiting up to ten seconds. */
	CaseId awaitCaseOf(WorkspaceId workspace, SignalId signal) {
		return await(() -> this.cases.ofSignal(workspace, signal));
	}

	static <T> T await(Supplier<Optional<T>> probe) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			sleep();
		}
		throw new AssertionError("nothing happened within 10 s");
	}

	static void sleep() {
		sleepFor(50);
	}

	static void sleepFor(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	static UUID touchpointKeyNamed(List<org.momentos.journey.TouchpointRef> touchpoints, String name) {
		return touchpoints.stream()
			.filter((touchpoint) -> touchpoint.touchpointName().equals(name))
			.findFirst()
			.orElseThrow()
			.touchpointKey();
	}

}
