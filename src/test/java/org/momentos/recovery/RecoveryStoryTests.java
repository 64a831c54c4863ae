package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.Verdict;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.recovery.AlertActions.Assignment;
import org.momentos.recovery.internal.AlertRuleStore;
import org.momentos.recovery.internal.RecoveryTeams;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of one complaint, told end to end: a detractor answers a delivery survey in
 * Spanish, "me cobraron dos veces y nadie contesta"; the moment is critical; a case
 * reaches billing within its SLA; the agent calls, refunds, finds the root cause and
 * resolves; the follow-up survey comes back with a 9; the customer is recovered, and the
 * recovery rate shows it.
 */
@MomentosTest
@Import({ Fixtures.class, RecoveryScenario.class })
class RecoveryStoryTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	RecoveryScenario scenario;

	@Autowired
	Journeys journeys;

	@Autowired
	Signals signals;

	@Autowired
	Cases cases;

	@Autowired
	RecoveryTeams teams;

	@Autowired
	AlertRuleStore rules;

	@Autowired
	RecoveryFigures figures;

	@Test
	void aDoubleChargeComplaintIsTurnedIntoACompliment() {
		// An online shop maps its journey from the template, in Spanish, and publishes
		// it.
		Team shop = this.fixtures.aWorkspace("Tienda");
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		var touchpoints = this.journeys.publishedTouchpoints(shop.workspace().id());
		UUID delivery = RecoveryScenario.touchpointKeyNamed(touchpoints, "Entrega del paquete");
		UUID checkout = RecoveryScenario.touchpointKeyNamed(touchpoints, "Carrito y pago");

		// Lucía works billing complaints; the admin sends charge problems to her team,
		// before the default rules (which would send a delivery complaint to logistics).
		MomentosUser lucia = this.fixtures.aMember(shop, Role.AGENT);
		this.teams.place(shop.workspace().id(), lucia.email(), "Finanzas");
		this.rules.add(shop.workspace().id(),
				new AlertRule(0, "Cobros a Finanzas", true,
						AlertConditions.any()
							.withVerdicts(Set.of(Verdict.BAD, Verdict.CRITICAL))
							.withThemes(Set.of("billing_charges")),
						new AlertActions(true, null, Assignment.TEAM, "Finanzas", List.of(), true)));

		// A detractor who agreed to be contacted answers the delivery survey.
		Receipt receipt = this.signals.receive(shop.workspace().id(),
				new NewSignal(SignalSource.SURVEY, null, "cliente-81@example.test", delivery,
						new Scores(2, null, null, null), null, "me cobraron dos veces y nadie contesta", "es",
						Map.of("contact_consent", "true"), "respuesta-81", null));
		Signal signal = this.signals.find(shop.workspace().id(), ((Receipt.Accepted) receipt).signal()).orElseThrow();

		// Text analytics reads a billing problem; the verdict is critical.
		SignalJudged judged = this.scenario.judge(signal, MomentKind.ACTUAL);
		assertThat(judged.themes()).contains("billing_charges");
		assertThat(judged.verdict()).isEqualTo(Verdict.CRITICAL);

		// A critical case reaches Lucía in billing, with an hour to make first contact.
		CaseId id = this.scenario.awaitCaseOf(shop.workspace().id(), signal.id());
		WorkspaceAccess agent = this.fixtures.accessOf(lucia, shop);
		Case complaint = this.cases.get(agent, id);
		assertThat(complaint.team()).isEqualTo("Finanzas");
		assertThat(complaint.assignee()).isEqualTo(lucia.email());
		assertThat(complaint.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(complaint.file().rule()).isEqualTo("Cobros a Finanzas");
		assertThat(Duration.between(complaint.file().openedAt(), complaint.snapshot().firstContactDue()))
			.isEqualTo(Duration.ofHours(1));
		assertThat(this.cases.inbox(agent, InboxView.MINE, Set.of(), null)).extracting(Case::id).containsExactly(id);

		// She sees the whole story: the survey answer that triggered the case.
		assertThat(this.cases.view(agent, id).trigger()).map(Signal::text)
			.contains("me cobraron dos veces y nadie contesta");

		// She calls the customer within the SLA, refunds the double charge and records
		// why.
		complaint = this.cases.logContact(agent, id, complaint.version(), ContactChannel.PHONE, ContactOutcome.REACHED,
				"Le pido disculpas; el cargo duplicado está confirmado");
		assertThat(complaint.state()).isEqualTo(CaseState.CONTACTED);
		assertThat(complaint.snapshot().firstContactAt()).isBefore(complaint.snapshot().firstContactDue());
		complaint = this.cases.giveCompensation(agent, id, complaint.version(),
				new Compensation(CompensationKind.REFUND, new BigDecimal("39.90"), "EUR", "REEMB-81"));
		complaint = this.cases.chooseRootCause(agent, id, complaint.version(), RootCause.BILLING_ERROR, checkout);
		complaint = this.cases.moveTo(agent, id, complaint.version(), CaseState.RESOLVED, "Reembolso hecho");

		// Resolution sends the post-recovery survey to the same customer...
		RecoveryScenario.await(() -> Optional.of(this.cases.get(agent, id))
			.filter((c) -> c.snapshot().followUp() == FollowUpStatus.REQUESTED));

		// ...who answers 9: the complaint became a compliment.
		assertThat(this.cases.recordFollowUp(shop.workspace().id(), id, new Scores(9, null, null, null)))
			.isEqualTo(CaseState.RECOVERED);
		assertThat(this.cases.view(agent, id).timeline()).extracting((entry) -> entry.getClass().getSimpleName())
			.contains("Contact", "CompensationGiven", "RootCauseChosen", "FollowUpChanged");

		// The recovery rate counts it, and the refund is in the compensation spent.
		RecoveryFigures.Overview overview = this.figures.overview(shop.ownerAccess());
		assertThat(overview.total().recovered()).isEqualTo(1);
		assertThat(overview.total().recoveryRate()).hasValue(1.0);
		assertThat(overview.total().firstContactCompliance()).hasValue(1.0);
		assertThat(overview.compensation()).containsEntry("EUR", new BigDecimal("39.90"));
		assertThat(overview.rootCauses()).first()
			.satisfies((cause) -> assertThat(cause.cause()).isEqualTo(RootCause.BILLING_ERROR));

		// Later she answers another survey with a 10, like a customer who never had a
		// problem: the recovery paradox table shows both.
		for (String customer : List.of("cliente-81@example.test", "cliente-never@example.test")) {
			Receipt later = this.signals.receive(shop.workspace().id(),
					new NewSignal(SignalSource.SURVEY, null, customer, delivery, new Scores(10, null, null, null), null,
							"Todo perfecto", "es", Map.of(), null, null));
			Signal laterSignal = this.signals.find(shop.workspace().id(), ((Receipt.Accepted) later).signal())
				.orElseThrow();
			this.scenario.judge(laterSignal, MomentKind.ACTUAL);
		}
		RecoveryScenario.await(() -> Optional.of(this.figures.overview(shop.ownerAccess()).paradox())
			.filter((groups) -> groups.stream().allMatch((g) -> g.group().equals("NOT_RECOVERED") || g.answers() > 0)));
		assertThat(this.figures.overview(shop.ownerAccess()).paradox())
			.extracting(RecoveryFigures.ParadoxGroup::group, RecoveryFigures.ParadoxGroup::customers,
					(g) -> g.nps().orElse(null))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("RECOVERED", 1L, 100.0),
					org.assertj.core.groups.Tuple.tuple("NEVER_HURT", 1L, 100.0),
					org.assertj.core.groups.Tuple.tuple("NOT_RECOVERED", 0L, null));
	}

}
