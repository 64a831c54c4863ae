package org.momentos.analytics;

import java.util.Set;

import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;

/**
 * What a verdict is drawn from: the customer's scores, the analysed sentiment and flags,
 * and the moment of truth the signal speaks of. Every part is optional.
 *
 * @param nps 0 to 10
 * @param csat 1 to 5
 * @param ces 1 to 7, higher is easier
 * @param rating 1 to 5 stars
 * @param sentiment -1 to 1, or null when there is no text
 * @param flags churn threat, legal threat, safety
 * @param moment the moment kind of its touchpoint, or the one inferred from the text
 */
public record SignalFacts(Integer nps, Integer csat, Integer ces, Double rating, Double sentiment, Set<Flag> flags,
		MomentKind moment) {

	public SignalFacts {
		flags = flags == null ? Set.of() : Set.copyOf(flags);
	}

}
