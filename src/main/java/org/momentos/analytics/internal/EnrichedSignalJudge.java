package org.momentos.analytics.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.momentos.analytics.TextReading;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.analytics.Verdicts;
import org.momentos.insight.Analysis;
import org.momentos.insight.Aspect;
import org.momentos.insight.Enrichment;
import org.momentos.insight.Enrichments;
import org.momentos.insight.SentimentLabel;
import org.momentos.insight.SignalsEnriched;
import org.momentos.journey.MomentKind;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges every signal once its text is analysed (or found to have none): the verdict, the
 * health roll-ups, the search index and {@code SignalsJudged} follow from here, a batch
 * of analysed signals at a time. Idempotent, as the event may arrive more than once.
 */
@Component
class EnrichedSignalJudge {

	private static final Logger log = LoggerFactory.getLogger(EnrichedSignalJudge.class);

	private final Signals signals;

	private final Enrichments enrichments;

	private final Verdicts verdicts;

	private final TransactionTemplate transactions;

	private final JudgingLanes lanes;

	EnrichedSignalJudge(Signals signals, Enrichments enrichments, Verdicts verdicts, TransactionTemplate transactions) {
		this.signals = signals;
		this.enrichments = enrichments;
		this.verdicts = verdicts;
		this.transactions = transactions;
		this.lanes = new JudgingLanes(this::judge);
	}

	/**
	 * Judges a batch of analysed signals, merged with the batches of the workspace
	 * waiting meanwhile (see {@link JudgingLanes}); signals erased since are left out.
	 * Not in a transaction of its own: the lanes judge in theirs, and a batch that waits
	 * for another to judge it holds no connection.
	 */
	@Async
	@TransactionalEventListener
	void on(SignalsEnriched event) throws InterruptedException {
		this.lanes.judge(event.workspace(), event.signals());
	}

	private void judge(WorkspaceId workspace, List<SignalId> ids) {
		long start = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			List<Signal> found = this.signals.findAll(workspace, ids);
			Map<SignalId, TextReading> readings = new HashMap<>();
			this.enrichments.of(workspace, ids)
				.forEach((signal, enrichment) -> readings.put(signal, readingOf(enrichment)));
			this.verdicts.judgeAll(workspace, found, readings);
		});
		log.debug("Judged {} signals in {} ms", ids.size(), (System.nanoTime() - start) / 1_000_000);
	}

	static TextReading readingOf(Enrichment enrichment) {
		return enrichment.analysis().map(EnrichedSignalJudge::readingOf).orElse(TextReading.NONE);
	}

	/**
	 * One mention per theme: negative if anything about it was negative, else positive,
	 * else neutral.
	 */
	static TextReading readingOf(Analysis analysis) {
		Map<String, SentimentLabel> themes = new LinkedHashMap<>();
		for (Aspect aspect : analysis.aspects()) {
			themes.merge(aspect.theme(), aspect.label(), EnrichedSignalJudge::stronger);
		}
		analysis.themes().forEach((theme) -> themes.putIfAbsent(theme, SentimentLabel.NEUTRAL));
		List<ThemeMention> mentions = themes.entrySet()
			.stream()
			.map((entry) -> new ThemeMention(entry.getKey(), entry.getValue()))
			.toList();
		MomentKind moment = analysis.moment().map((inferred) -> MomentKind.valueOf(inferred.name())).orElse(null);
		return new TextReading(analysis.sentiment().score(), analysis.flags(), moment, mentions);
	}

	private static SentimentLabel stronger(SentimentLabel a, SentimentLabel b) {
		if (a == SentimentLabel.NEGATIVE || b == SentimentLabel.NEGATIVE) {
			return SentimentLabel.NEGATIVE;
		}
		return (a == SentimentLabel.POSITIVE || b == SentimentLabel.POSITIVE) ? SentimentLabel.POSITIVE
				: SentimentLabel.NEUTRAL;
	}

}
