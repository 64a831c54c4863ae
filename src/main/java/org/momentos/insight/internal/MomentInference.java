package org.momentos.insight.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.momentos.insight.Effort;
import org.momentos.insight.Flag;
import org.momentos.insight.InferredMoment;
import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;

/**
 * Guesses the moment of truth a text speaks of from its moment cues, the usual moment of
 * its themes, and whether something went wrong.
 */
final class MomentInference {

	/** When two moments score the same, the one earlier here wins: failures first. */
	private static final InferredMoment[] PRIORITY = { InferredMoment.FAILURE, InferredMoment.ULTIMATE,
			InferredMoment.ACTUAL, InferredMoment.RELATIONSHIP, InferredMoment.FIRST, InferredMoment.ZERO,
			InferredMoment.SECOND };

	private static final double THEME_WEIGHT = 0.6;

	private static final double MINIMUM = 0.6;

	private MomentInference() {
	}

	static Optional<InferredMoment> infer(Map<Cue, Integer> cues, List<ThemeMatcher.Mention> mentions,
			Sentiment sentiment, Effort effort, Set<Flag> flags) {
		Map<InferredMoment, Double> scores = new EnumMap<>(InferredMoment.class);
		for (InferredMoment moment : InferredMoment.values()) {
			int count = cues.getOrDefault(Cue.valueOf(moment.name()), 0);
			if (count > 0) {
				scores.merge(moment, (double) count, Double::sum);
			}
		}
		mentions.stream()
			.map(ThemeMatcher.Mention::theme)
			.distinct()
			.forEach((theme) -> theme.moment().ifPresent((m) -> scores.merge(m, THEME_WEIGHT, Double::sum)));
		if (sentiment.label() == SentimentLabel.POSITIVE) {
			scores.computeIfPresent(InferredMoment.FAILURE, (m, score) -> score * 0.5);
		}
		else if (sentiment.label() == SentimentLabel.NEGATIVE) {
			if (cues.getOrDefault(Cue.FAILURE, 0) > 0) {
				// a complaint that names what went wrong ("el paquete nunca llegó y el
				// seguimiento dice entregado") is the failure, however many words of
				// the delivery it uses
				return Optional.of(InferredMoment.FAILURE);
			}
			if (effort == Effort.HIGH || !flags.isEmpty()) {
				scores.merge(InferredMoment.FAILURE, 1.0, Double::sum);
			}
		}
		InferredMoment best = null;
		double bestScore = MINIMUM - 1e-9;
		for (InferredMoment moment : PRIORITY) {
			double score = scores.getOrDefault(moment, 0.0);
			if (score > bestScore) {
				best = moment;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

}
