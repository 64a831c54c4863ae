package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.platform.Problem;
import org.momentos.recovery.TimelineEntry.CompensationGiven;
import org.momentos.recovery.TimelineEntry.StateChanged;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case aggregate: contacts, compensation, transitions, SLA alarms, follow-up. */
class CaseTests {

	static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

	static Case aCriticalCase() {
		return aCase(Priority.CRITICAL);
	}

	static Case aCase(Priority priority) {
		return Case.open(new CaseFile(null, new WorkspaceId(1), new SignalId(7), "ana@example.test", UUID.randomUUID(),
				"Me cobraron dos veces", OPENED, "rule"), priority, SlaPolicy.DEFAULTS, OPENED, "momentos");
	}

	static Instant at(String offset) {
		return OPENED.plus(Duration.parse(offset));
	}

	@Test
	void reachingTheCustomerMovesAnOpenCaseToContacted() {
		Case complaint = aCriticalCase();
		complaint.logContact(ContactChannel.PHONE, ContactOutcome.NO_ANSWER, "", at("PT10M"), "agent");
		assertThat(complaint.state()).isEqualTo(CaseState.OPEN);
		complaint.logContact(ContactChannel.PHONE, ContactOutcome.REACHED, "Pidió disculpas", at("PT20M"), "agent");
		assertThat(complaint.state()).isEqualTo(CaseState.CONTACTED);
		// the first attempt, not the first success, meets the first-contact SLA
		assertThat(complaint.snapshot().firstContactAt()).isEqualTo(at("PT10M"));
	}

	@Test
	void aRefusedMoveIsAConflictAndChangesNothing() {
		Case complaint = aCriticalCase();
		assertThatThrownBy(() -> complaint.moveTo(CaseState.RECOVERED, "", at("PT1M"), "agent"))
			.isInstanceOf(Problem.class)
			.hasMessage("recovery.transition.refused");
		assertThat(complaint.state()).isEqualTo(CaseState.OPEN);
		assertThat(complaint.recorded()).hasSize(1);
	}

	@Test
	void compensationIsRecordedWithItsAmountAndCurrency() {
		Case complaint = aCriticalCase();
		complaint.giveCompensation(new Compensation(CompensationKind.REFUND, new BigDecimal("49.90"), "eur", "R-1"),
				at("PT30M"), "agent");
		assertThat(complaint.recorded()).last()
			.isEqualTo(new CompensationGiven(at("PT30M"), "agent",
					new Compensation(CompensationKind.REFUND, new BigDecimal("49.90"), "EUR", "R-1")));
	}

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@CsvSource(textBlock = """
			REFUND,   -1,     EUR,  recovery.compensation.amount.invalid
			REFUND,   10.999, EUR,  recovery.compensation.amount.invalid
			DISCOUNT, 10,     EURO, recovery.compensation.currency.invalid
			COUPON,   5,      '',   recovery.compensation.currency.invalid
			""")
	void compensationMustSayHowMuchInWhichCurrency(CompensationKind kind, BigDecimal amount, String currency,
			String problem) {
		assertThatThrownBy(() -> new Compensation(kind, amount, currency, "")).hasMessage(problem);
	}

	@Test
	void anApologyCostsNothing() {
		assertThat(Compensation.apology().amount()).isZero();
	}

	@Test
	void reopeningStartsANewResolutionDeadline() {
		Case complaint = aCriticalCase();
		complaint.moveTo(CaseState.RESOLVED, "", at("PT2H"), "agent");
		complaint.moveTo(CaseState.OPEN, "still charged twice", at("PT30H"), "agent");
		assertThat(complaint.snapshot().resolvedAt()).isNull();
		assertThat(complaint.snapshot().resolutionDue()).isEqualTo(at("PT54H"));
		assertThat(complaint.recorded()).last()
			.isEqualTo(
					new StateChanged(at("PT30H"), "agent", CaseState.RESOLVED, CaseState.OPEN, "still charged twice"));
	}

	/**
	 * Critical: first contact within 1 h (warning at 45 min), resolution within 24 h
	 * (warning at 18 h).
	 */
	@ParameterizedTest(name = "at +{0}: {1}")
	@CsvSource(textBlock = """
			PT44M,  ''
			PT45M,  FIRST_CONTACT_WARNING
			PT1H,   FIRST_CONTACT_WARNING FIRST_CONTACT_BREACHED
			PT18H,  FIRST_CONTACT_WARNING FIRST_CONTACT_BREACHED RESOLUTION_WARNING
			PT24H,  FIRST_CONTACT_WARNING FIRST_CONTACT_BREACHED RESOLUTION_WARNING RESOLUTION_BREACHED
			""")
	void slaAlarmsFallDueInOrder(String offset, String expected) {
		assertThat(aCriticalCase().alarmsDue(at(offset)).stream().map(Enum::name))
			.containsExactly(expected.isBlank() ? new String[0] : expected.split(" "));
	}

	@Test
	void anAlarmIsRaisedOnceAndAContactedCaseNoLongerWaitsForFirstContact() {
		Case complaint = aCriticalCase();
		complaint.raise(SlaAlarm.FIRST_CONTACT_WARNING, "admin@example.test", at("PT45M"));
		complaint.raise(SlaAlarm.FIRST_CONTACT_WARNING, "admin@example.test", at("PT46M"));
		assertThat(complaint.recorded()).hasSize(2);
		complaint.logContact(ContactChannel.EMAIL, ContactOutcome.REACHED, "", at("PT50M"), "agent");
		assertThat(complaint.alarmsDue(at("PT2H"))).isEmpty();
		assertThat(complaint.isOverdue(at("PT2H"))).isFalse();
		assertThat(complaint.isOverdue(at("PT25H"))).isTrue();
	}

	@Test
	void aHigherPriorityShortensTheDeadlinesFromTheOpening() {
		Case complaint = aCase(Priority.LOW);
		complaint.changePriority(Priority.HIGH, at("PT1H"), "admin");
		assertThat(complaint.snapshot().firstContactDue()).isEqualTo(at("PT4H"));
		assertThat(complaint.isOverdue(at("PT5H"))).isTrue();
	}

	@ParameterizedTest(name = "NPS {0}, CSAT {1}: {2}")
	@CsvSource(textBlock = """
			9,  ,  RECOVERED
			7,  ,  RECOVERED
			6,  ,  LOST
			,   4, RECOVERED
			,   3, LOST
			3,  5, RECOVERED
			""")
	void theFollowUpAnswerDecidesRecoveredOrLost(Integer nps, Integer csat, CaseState outcome) {
		Case complaint = aCriticalCase();
		complaint.moveTo(CaseState.RESOLVED, "", at("PT3H"), "agent");
		complaint.followUpSent(false, at("PT3H"));
		assertThat(complaint.recordFollowUp(new Scores(nps, csat, null, null), FollowUpThreshold.DEFAULTS, at("PT30H"),
				"momentos"))
			.isEqualTo(outcome);
		assertThat(complaint.state()).isEqualTo(outcome);
		assertThat(complaint.snapshot().followUp()).isEqualTo(FollowUpStatus.ANSWERED);
	}

	@Test
	void aFollowUpBeforeResolutionOrWithoutScoresIsRefused() {
		Case complaint = aCriticalCase();
		assertThatThrownBy(() -> complaint.recordFollowUp(new Scores(9, null, null, null), FollowUpThreshold.DEFAULTS,
				at("PT1H"), "x"))
			.hasMessage("recovery.followUp.notResolved");
		complaint.moveTo(CaseState.RESOLVED, "", at("PT3H"), "agent");
		assertThatThrownBy(() -> complaint.recordFollowUp(Scores.NONE, FollowUpThreshold.DEFAULTS, at("PT4H"), "x"))
			.hasMessage("recovery.followUp.noScore");
	}

}
