package org.momentos.analytics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * How a measure changed from the previous period to this one, and whether the change is
 * significant (two-sided, alpha 0.05, at least {@value #MINIMUM_ANSWERS} answers in each
 * period): NPS by a two-sample z-test on the multinomial variance; shares by the pooled
 * two-proportion z-test; means (CES, sentiment) by Welch's t-test.
 *
 * @param previous the value in the previous period
 * @param current the value in this period
 * @param pValue the probability of a change at least this large if nothing changed
 * @param test the test used
 */
public record PeriodChange(double previous, double current, double pValue, Test test) {

	public static final int MINIMUM_ANSWERS = 30;

	static final double ALPHA = 0.05;

	private static final NormalDistribution normal = new NormalDistribution();

	public double delta() {
		return this.current - this.previous;
	}

	/** Significant only when the test says so with enough answers on both sides. */
	public boolean isSignificant() {
		return !Double.isNaN(this.pValue) && this.pValue < ALPHA;
	}

	public static PeriodChange ofNps(Nps previous, Nps current) {
		if (previous.answers() < MINIMUM_ANSWERS || current.answers() < MINIMUM_ANSWERS) {
			return new PeriodChange(previous.score(), current.score(), Double.NaN, Test.NPS_Z_TEST);
		}
		double se = Math.hypot(previous.standardError(), current.standardError());
		double z = se == 0 ? 0 : (current.score() - previous.score()) / se;
		return new PeriodChange(previous.score(), current.score(), twoSided(z), Test.NPS_Z_TEST);
	}

	public static PeriodChange ofShares(Share previous, Share current) {
		if (previous.total() < MINIMUM_ANSWERS || current.total() < MINIMUM_ANSWERS) {
			return new PeriodChange(previous.value(), current.value(), Double.NaN, Test.TWO_PROPORTION_Z_TEST);
		}
		double pooled = (double) (previous.hits() + current.hits()) / (previous.total() + current.total());
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / previous.total() + 1.0 / current.total()));
		double z = se == 0 ? 0 : (current.value() - previous.value()) / se;
		return new PeriodChange(previous.value(), current.value(), twoSided(z), Test.TWO_PROPORTION_Z_TEST);
	}

	public static PeriodChange ofMeans(StatisticalSummary previous, StatisticalSummary current) {
		if (previous.getN() < MINIMUM_ANSWERS || current.getN() < MINIMUM_ANSWERS) {
			return new PeriodChange(previous.getMean(), current.getMean(), Double.NaN, Test.WELCH_T_TEST);
		}
		double p = (previous.getVariance() == 0 && current.getVariance() == 0)
				? (previous.getMean() == current.getMean() ? 1.0 : 0.0) : new TTest().tTest(previous, current);
		return new PeriodChange(previous.getMean(), current.getMean(), p, Test.WELCH_T_TEST);
	}

	private static double twoSided(double z) {
		return 2 * (1 - normal.cumulativeProbability(Math.abs(z)));
	}

	/** The statistical test behind a change. */
	public enum Test {

		NPS_Z_TEST, TWO_PROPORTION_Z_TEST, WELCH_T_TEST

	}

}
