package org.momentos.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.recovery.internal.RecoveryTeams;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.Role;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules send critical moments to the touchpoint's owner team, round robin
 * among its members.
 */
@MomentosTest
@Import({ Fixtures.class, RecoveryScenario.class })
class AssignmentTests {

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

	@Test
	void criticalDeliveryComplaintsGoToLogisticsInTurn() {
		Team shop = this.fixtures.aWorkspace("Turns");
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		UUID delivery = RecoveryScenario.touchpointKeyNamed(this.journeys.publishedTouchpoints(shop.workspace().id()),
				"Entrega del paquete");
		MomentosUser ana = this.fixtures.aMember(shop, Role.AGENT);
		MomentosUser bruno = this.fixtures.aMember(shop, Role.AGENT);
		this.teams.place(shop.workspace().id(), ana.email(), "logística");
		this.teams.place(shop.workspace().id(), bruno.email(), "Logística");

		List<String> assignees = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Receipt.Accepted receipt = (Receipt.Accepted) this.signals.receive(shop.workspace().id(),
					new NewSignal(SignalSource.SURVEY, null, "c-" + i, delivery, new Scores(0, null, null, null), null,
							"El paquete llegó roto, voy a poner una denuncia", "es", Map.of(), null, null));
			Signal signal = this.signals.find(shop.workspace().id(), receipt.signal()).orElseThrow();
			this.scenario.judge(signal, MomentKind.ACTUAL);
			CaseId id = this.scenario.awaitCaseOf(shop.workspace().id(), signal.id());
			Case opened = this.cases.get(shop.ownerAccess(), id);
			assertThat(opened.team()).isEqualTo("Logística");
			assertThat(opened.file().rule()).isEqualTo("recovery.rule.default.critical");
			assignees.add(opened.assignee());
		}
		assertThat(assignees).containsExactlyInAnyOrder(ana.email(), bruno.email(), assignees.get(0));
		assertThat(assignees.get(2)).isEqualTo(assignees.get(0)).isNotEqualTo(assignees.get(1));
	}

}
