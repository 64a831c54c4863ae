package org.momentos.journey;

/**
 * What a touchpoint should reach; each target is optional.
 *
 * @param nps Net Promoter Score target, -100 to 100
 * @param csat CSAT target as the share of satisfied answers (top-2 box), 0 to 100 %
 * @param ces Customer Effort Score target, mean on the 1 to 7 scale (higher is easier)
 */
public record Targets(Integer nps, Integer csat, Double ces) {

	public static final Targets NONE = new Targets(null, null, null);

	public Targets {
		if (nps != null && (nps < -100 || nps > 100)) {
			throw new IllegalArgumentException("NPS target must be between -100 and 100");
		}
		if (csat != null && (csat < 0 || csat > 100)) {
			throw new IllegalArgumentException("CSAT target must be between 0 and 100");
		}
		if (ces != null && (ces < 1 || ces > 7)) {
			throw new IllegalArgumentException("CES target must be between 1 and 7");
		}
	}

	public boolean isEmpty() {
		return this.nps == null && this.csat == null && this.ces == null;
	}

}
