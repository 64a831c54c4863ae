package org.momentos.analytics;

import java.util.List;
import java.util.UUID;

import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * A signal got its verdict (after its text was analysed, or at once when it has none);
 * again when the workspace's verdict rules change and the verdict with them. Verdicts are
 * announced in batches, as the items of {@link SignalsJudged}.
 *
 * @param workspace whose signal it is
 * @param signal the signal
 * @param verdict magic, neutral, bad or critical
 * @param reason the rule that decided it
 * @param facts what the verdict was drawn from (scores, sentiment, flags, moment)
 * @param themes the themes found in its text
 * @param touchpointKey its touchpoint, when known
 */
public record SignalJudged(WorkspaceId workspace, SignalId signal, Verdict verdict, Reason reason, SignalFacts facts,
		List<String> themes, UUID touchpointKey) {

	public SignalJudged {
		themes = List.copyOf(themes);
	}

}
