package org.momentos.insight;

import java.util.List;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * Signals of one workspace were analysed (or analysed again by a newer engine): one event
 * per stored batch, published in the transaction that stored their enrichments. Each
 * signal is in it once per engine version; read its enrichment with
 * {@link Enrichments#of(WorkspaceId, java.util.Collection)}.
 *
 * @param workspace whose signals they are
 * @param signals the signals analysed
 * @param engineVersion the engine that analysed them
 */
public record SignalsEnriched(WorkspaceId workspace, List<SignalId> signals, String engineVersion) {

	public SignalsEnriched {
		signals = List.copyOf(signals);
	}

}
