package org.momentos.recovery.internal;

import org.momentos.platform.Problem;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CaseState;
import org.momentos.recovery.Cases;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.Signals;
import org.momentos.survey.SurveyResponded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A survey answer that carries a case (the follow-up invitation's hidden field) decides
 * that case: recovered or lost by the workspace's threshold. An answer for a case that is
 * no longer resolved (reopened, already decided) or from another customer changes
 * nothing.
 */
@Component
class FollowUpAnswers {

	private static final Logger log = LoggerFactory.getLogger(FollowUpAnswers.class);

	private final Signals signals;

	private final Cases cases;

	private final CaseStore store;

	FollowUpAnswers(Signals signals, Cases cases, CaseStore store) {
		this.signals = signals;
		this.cases = cases;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(SurveyResponded responded) {
		Signal signal = this.signals.find(responded.workspace(), new SignalId(responded.signal())).orElse(null);
		String caseAttribute = signal == null ? null : signal.attributes().get(SurveyFollowUps.CASE_ATTRIBUTE);
		if (caseAttribute == null || !caseAttribute.matches("\\d{1,18}")) {
			return;
		}
		CaseId id = new CaseId(Long.parseLong(caseAttribute));
		boolean sameCustomer = this.store.find(responded.workspace(), id)
			.filter((found) -> found.file().customerReference().equals(signal.customerReference()))
			.filter((found) -> found.state() == CaseState.RESOLVED)
			.isPresent();
		if (!sameCustomer) {
			log.info("Follow-up answer {} ignored: case #{} is not a resolved case of that customer", signal.id(), id);
			return;
		}
		try {
			this.cases.recordFollowUp(responded.workspace(), id, signal.scores());
		}
		catch (Problem ex) {
			log.info("Follow-up answer {} for case #{} decides nothing: {}", signal.id(), id, ex.getMessage());
		}
	}

}
