package org.momentos.recovery;

import org.momentos.signal.Scores;

/**
 * When a follow-up answer means the customer was won back: a CSAT of at least
 * {@code minCsat} or an NPS of at least {@code minNps} (either is enough; a rating counts
 * like a CSAT). An answer with no score decides nothing.
 *
 * @param minCsat 1 to 5
 * @param minNps 0 to 10
 */
public record FollowUpThreshold(int minCsat, int minNps) {

	public static final FollowUpThreshold DEFAULTS = new FollowUpThreshold(4, 7);

	public FollowUpThreshold {
		if (minCsat < 1 || minCsat > 5 || minNps < 0 || minNps > 10) {
			throw new IllegalArgumentException("CSAT threshold 1-5, NPS threshold 0-10");
		}
	}

	/** Whether the scores decide anything. */
	public boolean decides(Scores scores) {
		return scores.nps() != null || scores.csat() != null || scores.rating() != null;
	}

	/** Whether the answer is positive enough to call the customer recovered. */
	public boolean recovered(Scores scores) {
		return (scores.csat() != null && scores.csat() >= this.minCsat)
				|| (scores.nps() != null && scores.nps() >= this.minNps)
				|| (scores.rating() != null && scores.rating() >= this.minCsat);
	}

}
