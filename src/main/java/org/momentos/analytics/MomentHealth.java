package org.momentos.analytics;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;

/**
 * The health of a touchpoint, a stage or a journey over a period: volume, NPS with its
 * interval, CSAT (top-2 share), CES, mean sentiment, the shares of magic, bad and
 * critical signals, its top themes, and how each changed against the previous period of
 * the same length.
 *
 * @param signals how many signals
 * @param nps NPS answers
 * @param csat satisfied (4-5) among CSAT answers
 * @param ces the CES answers (mean, variance, count)
 * @param sentiment the sentiment of texts (mean, variance, count)
 * @param magic magic signals among all
 * @param bad bad signals among all (critical ones not included)
 * @param critical critical signals among all
 * @param themes the most mentioned themes
 */
public record MomentHealth(long signals, Nps nps, Share csat, StatisticalSummary ces, StatisticalSummary sentiment,
		Share magic, Share bad, Share critical, List<ThemeCount> themes) {

	public static final MomentHealth EMPTY = new MomentHealth(0, new Nps(0, 0, 0), new Share(0, 0), summary(0, 0, 0),
			summary(0, 0, 0), new Share(0, 0), new Share(0, 0), new Share(0, 0), List.of());

	public MomentHealth {
		themes = List.copyOf(themes);
	}

	/**
	 * A summary from a count, a sum and a sum of squares, as the daily roll-ups keep
	 * them.
	 */
	public static StatisticalSummary summary(long n, double sum, double squareSum) {
		double mean = n == 0 ? Double.NaN : sum / n;
		double variance = n < 2 ? Double.NaN : Math.max(0, (squareSum - n * mean * mean) / (n - 1));
		return new StatisticalSummaryValues(mean, variance, n, Double.NaN, Double.NaN, sum);
	}

	/** Each measure against the previous period, tested for significance. */
	public Changes changesSince(MomentHealth previous) {
		return new Changes(PeriodChange.ofNps(previous.nps(), this.nps),
				PeriodChange.ofShares(previous.csat(), this.csat), PeriodChange.ofMeans(previous.ces(), this.ces),
				PeriodChange.ofMeans(previous.sentiment(), this.sentiment),
				PeriodChange.ofShares(previous.magic(), this.magic),
				PeriodChange.ofShares(new Share(previous.bad().hits() + previous.critical().hits(), previous.signals()),
						new Share(this.bad.hits() + this.critical.hits(), this.signals)));
	}

	/** How many times a theme was mentioned, and with which polarity. */
	public record ThemeCount(String theme, long mentions, long negative, long positive) {
	}

	/** The changes of each measure. */
	public record Changes(PeriodChange nps, PeriodChange csat, PeriodChange ces, PeriodChange sentiment,
			PeriodChange magic, PeriodChange badOrCritical) {
	}

}
