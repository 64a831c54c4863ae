package org.momentos.signal;

import java.util.List;

import org.momentos.workspace.WorkspaceId;

/**
 * Signals were deleted: a customer's right to erasure, or the workspace's retention
 * period. Every module that keeps something derived from these signals (enrichment,
 * search index, aggregates) must forget it.
 */
public record SignalsErased(WorkspaceId workspace, List<SignalId> signals, Reason reason) {

	public SignalsErased {
		signals = List.copyOf(signals);
	}

	/** Why the signals went. */
	public enum Reason {

		CUSTOMER_ERASURE, RETENTION

	}

}
