package org.momentos.analytics;

import java.util.List;

import org.momentos.workspace.WorkspaceId;

/**
 * Signals of one workspace got their verdicts, judged together (a batch that was analysed
 * together, or the verdicts a change of rules changed): one event for the batch,
 * published in the transaction that stored the verdicts.
 *
 * @param workspace whose signals they are
 * @param judged each signal's verdict, once
 */
public record SignalsJudged(WorkspaceId workspace, List<SignalJudged> judged) {

	public SignalsJudged {
		judged = List.copyOf(judged);
	}

}
