package org.momentos.recovery;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.SignalFacts;
import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.platform.Problem;
import org.momentos.recovery.internal.RecoveryTeams;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.PermissionDenied;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees which case, another workspace sees nothing, two agents never overwrite each
 * other, and a repeated verdict opens one case.
 */
@MomentosTest
@Import({ Fixtures.class, RecoveryScenario.class })
class CaseAccessTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	OpenCases openCases;

	@Autowired
	RecoveryTeams teams;

	@Autowired
	Signals signals;

	@Autowired
	RecoveryScenario scenario;

	@Test
	void agentsSeeTheirOwnTheirTeamsAndUnassignedCasesOnly() {
		Team shop = this.fixtures.aWorkspace("Access");
		MomentosUser billing = this.fixtures.aMember(shop, Role.AGENT);
		MomentosUser logistics = this.fixtures.aMember(shop, Role.AGENT);
		MomentosUser viewer = this.fixtures.aMember(shop, Role.VIEWER);
		this.teams.place(shop.workspace().id(), billing.email(), "Finanzas");
		this.teams.place(shop.workspace().id(), logistics.email(), "Logística");
		CaseId billingCase = this.cases.open(shop.ownerAccess(),
				new NewCase("Doble cobro", "c-1", null, null, Priority.HIGH, "", "finanzas"));
		CaseId queued = this.cases.open(shop.ownerAccess(),
				new NewCase("Sin equipo", "c-2", null, null, Priority.LOW, "", ""));

		WorkspaceAccess billingAgent = this.fixtures.accessOf(billing, shop);
		WorkspaceAccess logisticsAgent = this.fixtures.accessOf(logistics, shop);
		assertThat(this.cases.inbox(billingAgent, InboxView.TEAM, Set.of(), null)).extracting(Case::id)
			.containsExactly(billingCase);
		assertThat(this.cases.inbox(logisticsAgent, InboxView.ALL, Set.of(), null)).extracting(Case::id)
			.containsExactly(queued);
		assertThatThrownBy(() -> this.cases.get(logisticsAgent, billingCase)).isInstanceOf(Problem.class)
			.hasMessage("recovery.case.notFound");
		assertThatThrownBy(() -> this.cases.get(this.fixtures.accessOf(viewer, shop), queued))
			.isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.cases.assign(logisticsAgent, queued, 0, billing.email(), ""))
			.isInstanceOf(PermissionDenied.class);
		assertThat(this.cases.assign(logisticsAgent, queued, 0, logistics.email(), "").assignee())
			.isEqualTo(logistics.email());
		assertThat(this.cases.inbox(shop.ownerAccess(), InboxView.ALL, Set.of(), null)).hasSize(2);
	}

	@Test
	void anotherWorkspaceSeesNothing() {
		Team shop = this.fixtures.aWorkspace("Mine");
		Team other = this.fixtures.aWorkspace("Other");
		CaseId id = this.cases.open(shop.ownerAccess(),
				new NewCase("Privado", "secreto@example.test", null, null, Priority.HIGH, "", ""));
		assertThatThrownBy(() -> this.cases.get(other.ownerAccess(), id)).hasMessage("recovery.case.notFound");
		assertThatThrownBy(() -> this.cases.moveTo(other.ownerAccess(), id, 0, CaseState.LOST, ""))
			.hasMessage("recovery.case.notFound");
		assertThat(this.cases.inbox(other.ownerAccess(), InboxView.ALL, Set.of(), null)).isEmpty();
		assertThat(this.openCases.hasOpenCase(other.workspace().id(), "secreto@example.test")).isFalse();
		assertThat(this.openCases.hasOpenCase(shop.workspace().id(), "secreto@example.test")).isTrue();
	}

	@Test
	void theSecondOfTwoAgentsGetsAConflictAndNoUpdateIsLost() {
		Team shop = this.fixtures.aWorkspace("Conflict");
		MomentosUser agent = this.fixtures.aMember(shop, Role.AGENT);
		CaseId id = this.cases.open(shop.ownerAccess(), new NewCase("Retraso", "c-3", null, null, null, "", ""));
		int seen = this.cases.get(shop.ownerAccess(), id).version();

		this.cases.addNote(shop.ownerAccess(), id, seen, "Llamo mañana");
		assertThatThrownBy(() -> this.cases.addNote(this.fixtures.accessOf(agent, shop), id, seen, "Yo también"))
			.isInstanceOf(Problem.class)
			.hasMessage("recovery.case.conflict");
		assertThat(this.cases.view(shop.ownerAccess(), id).timeline()).filteredOn(TimelineEntry.Note.class::isInstance)
			.extracting((entry) -> ((TimelineEntry.Note) entry).text())
			.containsExactly("Llamo mañana");
	}

	@Test
	void aVerdictDeliveredTwiceOpensOneCase() {
		Team shop = this.fixtures.aWorkspace("Twice");
		SignalId signal = ((Receipt.Accepted) this.signals.receive(shop.workspace().id(),
				new NewSignal(SignalSource.TICKET, null, "c-4", null, new Scores(1, null, null, null), null,
						"Voy a poner una denuncia", "es", Map.of(), null, null)))
			.signal();
		SignalJudged judged = new SignalJudged(shop.workspace().id(), signal, Verdict.CRITICAL, Reason.CRITICAL_FLAG,
				new SignalFacts(1, null, null, null, -0.8, Set.of(), null), List.of(), null);
		this.scenario.publish(judged);
		this.scenario.publish(judged);
		CaseId id = this.scenario.awaitCaseOf(shop.workspace().id(), signal);
		RecoveryScenario.sleepFor(500);
		assertThat(this.cases.inbox(shop.ownerAccess(), InboxView.ALL, Set.of(), null)).extracting(Case::id)
			.containsExactly(id);
	}

	@Test
	void aNeutralSignalOrADetractorWithoutConsentOpensNothing() {
		Team shop = this.fixtures.aWorkspace("Quiet");
		SignalId detractor = ((Receipt.Accepted) this.signals.receive(shop.workspace().id(),
				new NewSignal(SignalSource.SURVEY, null, "c-5", null, new Scores(5, null, null, null), null, null, null,
						Map.of("contact_consent", "false"), null, null)))
			.signal();
		this.scenario.publish(new SignalJudged(shop.workspace().id(), detractor, Verdict.BAD, Reason.BAD_SCORE_OR_TEXT,
				new SignalFacts(5, null, null, null, null, Set.of(), null), List.of(), null));
		RecoveryScenario.sleepFor(1000);
		assertThat(this.cases.inbox(shop.ownerAccess(), InboxView.ALL, Set.of(), null)).isEmpty();
	}

}
