package org.momentos.recovery;

import java.time.Instant;
import java.util.UUID;

import org.momentos.platform.Problem;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * What never changes about a case: whose it is, what triggered it, when it was opened.
 *
 * @param id its id ({@code null} before it is stored)
 * @param workspace whose it is
 * @param signal the signal that triggered it, if any (a case can be opened by hand)
 * @param customerReference the customer, if known
 * @param touchpointKey the touchpoint the customer spoke about, if known
 * @param subject a one-line summary
 * @param openedAt when it was opened
 * @param rule the alert rule that opened it, or {@code ""} when opened by hand
 */
public record CaseFile(CaseId id, WorkspaceId workspace, SignalId signal, String customerReference, UUID touchpointKey,
		String subject, Instant openedAt, String rule) {

	/** The actor of what Momentos does by itself. */
	public static final String SYSTEM = "momentos";

	public CaseFile {
		customerReference = customerReference == null || customerReference.isBlank() ? "" : customerReference.strip();
		subject = checkedText(subject, 300, "recovery.subject.invalid");
		rule = rule == null ? "" : rule;
	}

	public CaseFile withId(CaseId id) {
		return new CaseFile(id, this.workspace, this.signal, this.customerReference, this.touchpointKey, this.subject,
				this.openedAt, this.rule);
	}

	static String checkedText(String text, int max, String problem) {
		if (text == null || text.isBlank() || text.strip().length() > max) {
			throw Problem.invalid(problem);
		}
		return text.strip();
	}

}
