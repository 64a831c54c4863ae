package org.momentos.analytics;

/**
 * Net Promoter Score of a set of answers, with its 95 % confidence interval from the
 * variance of the promoter/detractor difference ({@code (p + d - (p - d)²) / n}, the
 * multinomial variance).
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record Nps(long promoters, long passives, long detractors) {

	static final double Z_95 = 1.959964;

	public Nps {
		if (promoters < 0 || passives < 0 || detractors < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	public static Nps of(int... answers) {
		long promoters = 0;
		long passives = 0;
		long detractors = 0;
		for (int answer : answers) {
			if (answer < 0 || answer > 10) {
				throw new IllegalArgumentException("an NPS answer is 0 to 10: " + answer);
			}
			if (answer >= 9) {
				promoters++;
			}
			else if (answer >= 7) {
				passives++;
			}
			else {
				detractors++;
			}
		}
		return new Nps(promoters, passives, detractors);
	}

	public long answers() {
		return this.promoters + this.passives + this.detractors;
	}

	/** From -100 to 100; {@code NaN} without answers. */
	public double score() {
		return answers() == 0 ? Double.NaN : 100.0 * (this.promoters - this.detractors) / answers();
	}

	/** Standard error of the score, in NPS points. */
	public double standardError() {
		long n = answers();
		if (n == 0) {
			return Double.NaN;
		}
		double p = (double) this.promoters / n;
		double d = (double) this.detractors / n;
		return 100.0 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
	}

	public Interval confidenceInterval() {
		double margin = Z_95 * standardError();
		return new Interval(Math.max(-100, score() - margin), Math.min(100, score() + margin));
	}

	/** A range of values. */
	public record Interval(double low, double high) {
	}

}
