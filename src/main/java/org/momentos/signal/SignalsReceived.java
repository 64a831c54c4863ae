package org.momentos.signal;

import java.util.List;

import org.momentos.workspace.WorkspaceId;

/**
 * A batch of signals was stored (API batches, file imports): one event for the whole
 * batch, published in the same transaction, instead of one {@link SignalReceived} per
 * signal. A listener that wants every signal listens to both.
 */
public record SignalsReceived(WorkspaceId workspace, List<SignalId> signals) {

	public SignalsReceived {
		signals = List.copyOf(signals);
	}

}
