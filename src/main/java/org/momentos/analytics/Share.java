package org.momentos.analytics;

/**
 * A share of answers (CSAT top-2 box, magic or critical share...) with its Wilson score
 * 95 % interval, which stays honest for small samples and shares near 0 or 1.
 *
 * @param hits answers that count
 * @param total all answers
 */
public record Share(long hits, long total) {

	public Share {
		if (hits < 0 || total < 0 || hits > total) {
			throw new IllegalArgumentException("0 <= hits <= total");
		}
	}

	/** From 0 to 1; {@code NaN} without answers. */
	public double value() {
		return this.total == 0 ? Double.NaN : (double) this.hits / this.total;
	}

	public Nps.Interval confidenceInterval() {
		if (this.total == 0) {
			return new Nps.Interval(Double.NaN, Double.NaN);
		}
		double z = Nps.Z_95;
		double n = this.total;
		double p = value();
		double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
		double margin = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
		return new Nps.Interval(Math.max(0, centre - margin), Math.min(1, centre + margin));
	}

}
