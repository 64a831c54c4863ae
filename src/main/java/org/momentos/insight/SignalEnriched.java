package org.momentos.insight;

import java.util.Set;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * A signal was analysed (or analysed again by a newer engine); published once per signal
 * and engine version, in the transaction that stored the enrichment.
 *
 * @param workspace whose signal it is
 * @param signal the signal
 * @param sentiment its overall sentiment, {@code null} for a signal without text
 * @param flags urgent cues found (churn, legal, safety)
 * @param engineVersion the engine that analysed it
 */
public record SignalEnriched(WorkspaceId workspace, SignalId signal, SentimentLabel sentiment, Set<Flag> flags,
		String engineVersion) {

	public SignalEnriched {
		flags = Set.copyOf(flags);
	}

}
