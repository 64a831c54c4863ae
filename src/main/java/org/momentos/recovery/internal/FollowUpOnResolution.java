package org.momentos.recovery.internal;

import java.time.Clock;

import org.momentos.recovery.Case;
import org.momentos.recovery.CaseResolved;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.FollowUpStatus;
import org.momentos.recovery.FollowUpSurveys;
import org.momentos.recovery.FollowUpSurveys.FollowUpRequest;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a case is resolved, the post-recovery survey goes to the same customer. A case of
 * an unknown customer has nobody to ask and stays resolved.
 */
@Component
class FollowUpOnResolution {

	private final CaseStore store;

	private final FollowUpSurveys followUps;

	private final Clock clock;

	FollowUpOnResolution(CaseStore store, FollowUpSurveys followUps, Clock clock) {
		this.store = store;
		this.followUps = followUps;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseResolved resolved) {
		Case found = this.store.find(resolved.workspace(), resolved.caseId()).orElse(null);
		if (found == null || found.state() != CaseState.RESOLVED || found.snapshot().followUp() != FollowUpStatus.NONE
				|| found.file().customerReference().isEmpty()) {
			return;
		}
		this.followUps.requestFollowUp(new FollowUpRequest(found.file().workspace(), found.id(),
				found.file().customerReference(), found.file().touchpointKey(), false));
		found.followUpSent(false, this.clock.instant());
		if (!this.store.save(found)) {
			// an agent changed the case meanwhile: fail so the event is delivered again
			throw new IllegalStateException("Case " + found.id() + " changed while its follow-up was requested");
		}
	}

}
