package org.momentos.signal;

import org.momentos.workspace.WorkspaceId;

/** A signal was stored; published in the same transaction, so it is never lost. */
public record SignalReceived(WorkspaceId workspace, SignalId signal, SignalSource source) {
}
