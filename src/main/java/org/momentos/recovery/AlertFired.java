package org.momentos.recovery;

import org.momentos.analytics.Verdict;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * An alert rule with the webhook action fired for a signal.
 *
 * @param workspace whose signal it is
 * @param signal the signal
 * @param rule the rule's name
 * @param verdict the signal's verdict
 * @param caseId the case the signal has, or {@code null}
 */
public record AlertFired(WorkspaceId workspace, SignalId signal, String rule, Verdict verdict, CaseId caseId) {
}
