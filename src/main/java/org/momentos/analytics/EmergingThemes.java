package org.momentos.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Themes whose share among negative signals rose significantly from the previous period
 * to this one ("cobro duplicado ×4 this week"): a one-sided two-proportion z-test per
 * theme, with the Benjamini–Hochberg correction across themes (false discovery rate 5 %)
 * so that looking at many themes does not raise false alarms; at least
 * {@value #MINIMUM_MENTIONS} mentions this period.
 */
public final class EmergingThemes {

	static final int MINIMUM_MENTIONS = 5;

	static final double FALSE_DISCOVERY_RATE = 0.05;

	private static final NormalDistribution normal = new NormalDistribution();

	private EmergingThemes() {
	}

	/**
	 * @param previous mentions of each theme among the previous period's negative signals
	 * @param previousTotal negative signals in the previous period
	 * @param current mentions of each theme among this period's negative signals
	 * @param currentTotal negative signals in this period
	 * @return the emerging themes, the strongest rise first
	 */
	public static List<Emerging> find(Map<String, Long> previous, long previousTotal, Map<String, Long> current,
			long currentTotal) {
		if (previousTotal == 0 || currentTotal == 0) {
			return List.of();
		}
		List<Candidate> candidates = new ArrayList<>();
		current.forEach((theme, mentions) -> {
			long before = previous.getOrDefault(theme, 0L);
			double p1 = (double) before / previousTotal;
			double p2 = (double) mentions / currentTotal;
			double pooled = (double) (before + mentions) / (previousTotal + currentTotal);
			double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / previousTotal + 1.0 / currentTotal));
			double pValue = se == 0 ? 1 : 1 - normal.cumulativeProbability((p2 - p1) / se);
			candidates.add(new Candidate(theme, before, mentions, p1, p2, pValue));
		});
		candidates.sort(Comparator.comparingDouble(Candidate::pValue));
		int largestPassing = -1;
		for (int rank = 0; rank < candidates.size(); rank++) {
			if (candidates.get(rank).pValue() <= FALSE_DISCOVERY_RATE * (rank + 1) / candidates.size()) {
				largestPassing = rank;
			}
		}
		List<Emerging> emerging = new ArrayList<>();
		for (int rank = 0; rank <= largestPassing; rank++) {
			Candidate candidate = candidates.get(rank);
			if (candidate.mentions() >= MINIMUM_MENTIONS && candidate.currentShare() > candidate.previousShare()) {
				emerging.add(new Emerging(candidate.theme(), candidate.before(), candidate.mentions(),
						candidate.previousShare(), candidate.currentShare(), candidate.pValue()));
			}
		}
		emerging.sort(Comparator.comparingDouble(Emerging::rise).reversed());
		return List.copyOf(emerging);
	}

	private record Candidate(String theme, long before, long mentions, double previousShare, double currentShare,
			double pValue) {
	}

	/**
	 * A theme on the rise among negative signals.
	 *
	 * @param theme its id
	 * @param previousMentions mentions in the previous period
	 * @param mentions mentions in this period
	 * @param previousShare its share of negative signals then
	 * @param currentShare its share now
	 * @param pValue the one-sided p-value of the rise
	 */
	public record Emerging(String theme, long previousMentions, long mentions, double previousShare,
			double currentShare, double pValue) {

		/** How many times its share grew; infinite when it was never mentioned before. */
		public double rise() {
			return this.previousShare == 0 ? Double.POSITIVE_INFINITY : this.currentShare / this.previousShare;
		}

	}

}
