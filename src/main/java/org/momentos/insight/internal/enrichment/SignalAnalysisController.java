package org.momentos.insight.internal.enrichment;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.momentos.insight.Enrichment;
import org.momentos.insight.Enrichments;
import org.momentos.insight.TextAnalyzer;
import org.momentos.insight.internal.InsightEngine;
import org.momentos.platform.Problem;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.Signals;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The analysis of one signal: its text with the aspects highlighted, sentiment, themes,
 * moment, effort and flags, so an analyst sees why the signal was read the way it was.
 */
@Controller
class SignalAnalysisController {

	private final Signals signals;

	private final Enrichments enrichments;

	SignalAnalysisController(Signals signals, Enrichments enrichments) {
		this.signals = signals;
		this.enrichments = enrichments;
	}

	@GetMapping("/w/{workspace}/signals/{id}/analysis")
	String show(WorkspaceAccess access, @PathVariable long id, Model model) {
		access.require(Permission.VIEW);
		SignalId signalId = new SignalId(id);
		Signal signal = this.signals.find(access.workspaceId(), signalId)
			.orElseThrow(() -> Problem.notFound("insight.signal.notFound"));
		String text = EnrichmentStore.analysedText(signal.title(), signal.text());
		Enrichment enrichment = this.enrichments.of(access.workspaceId(), signalId).orElse(null);
		model.addAttribute("signal", signal);
		model.addAttribute("text", text);
		model.addAttribute("enrichment", enrichment);
		Integer score = statedScore(text, enrichment);
		model.addAttribute("statedScore", score);
		model.addAttribute("statedRating", (score == null) ? statedRating(text, enrichment) : null);
		return "insight/signal-analysis";
	}

	/**
	 * The bare 0-10 score written in the text ("Gave a 7 because") that decided its
	 * label, shown as written; else null.
	 */
	private static Integer statedScore(String text, Enrichment enrichment) {
		if (!readByThisEngine(text, enrichment)) {
			return null;
		}
		OptionalInt score = InsightEngine.statedScore(text);
		return score.isPresent() ? score.getAsInt() : null;
	}

	private static boolean readByThisEngine(String text, Enrichment enrichment) {
		return text != null && enrichment != null && TextAnalyzer.engineVersion().equals(enrichment.engineVersion());
	}

	/**
	 * The rating written in the text that decided its label, when the signal was read by
	 * this engine (an older one may not have read it); else null.
	 */
	private static Double statedRating(String text, Enrichment enrichment) {
		if (!readByThisEngine(text, enrichment)) {
			return null;
		}
		OptionalDouble stars = InsightEngine.statedRating(text);
		return stars.isPresent() ? stars.getAsDouble() : null;
	}

}
