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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

	EnrichedSignalJudge(Signals signals, Enrichments enrichments, Verdicts verdicts) {
		this.signals = signals;
		this.enrichments = enrichments;
		this.verdicts = verdicts;
	}

	/**
	 * Judges a batch of analysed signals at once; signals erased since are left out.
	 */
	@ApplicationModuleListener
	void on(SignalsEnriched event) {
		long start = System.nanoTime();
		List<Signal> found = this.signals.findAll(event.workspace(), event.signals());
		Map<SignalId, TextReading> readings = new HashMap<>();
		this.enrichments.of(event.workspace(), event.signals())
			.forEach((signal, enrichment) -> readings.put(signal, readingOf(enrichment)));
		this.verdicts.judgeAll(event.workspace(), found, readings);
		log.debug("Judged {} signals in {} ms", found.size(), (System.nanoTime() - start) / 1_000_000);
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
