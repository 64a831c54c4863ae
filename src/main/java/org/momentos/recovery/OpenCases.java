package org.momentos.recovery;

import org.momentos.recovery.internal.CaseStore;
import org.momentos.workspace.WorkspaceId;

import org.springframework.stereotype.Service;

/**
 * Whether a customer has a complaint being worked, for contact rules elsewhere (no
 * satisfaction survey to a customer with an open case).
 */
@Service
public class OpenCases {

	private final CaseStore store;

	OpenCases(CaseStore store) {
		this.store = store;
	}

	/** True while a case of this customer is {@code OPEN} or {@code CONTACTED}. */
	public boolean hasOpenCase(WorkspaceId workspace, String customerReference) {
		if (customerReference == null || customerReference.isBlank()) {
			return false;
		}
		return this.store.hasOpenCase(workspace, customerReference.strip());
	}

}
