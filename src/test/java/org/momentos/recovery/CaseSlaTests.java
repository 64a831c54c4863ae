package org.momentos.recovery;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.momentos.ApiClient;
import org.momentos.TestMailServer;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.internal.ApiScope;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.MovableClock;
import org.momentos.recovery.TimelineEntry.SlaAlarmRaised;
import org.momentos.recovery.internal.SlaWatch;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA timers, warnings, escalation and follow-up reminders, with a clock the test moves.
 */
@MomentosTest
@Import(Fixtures.class)
class CaseSlaTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	SlaWatch watch;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	RecoveryFigures figures;

	@Autowired
	Journeys journeys;

	@LocalServerPort
	int port;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theOwnerIsWarnedBeforeABreachAndAdminsGetTheEscalation() {
		Team shop = this.fixtures.aWorkspace("SLA");
		MomentosUser agent = this.fixtures.aMember(shop, Role.AGENT);
		CaseId id = this.cases.open(shop.ownerAccess(),
				new NewCase("Paquete roto", "c-1", null, null, Priority.CRITICAL, agent.email(), ""));

		// 44 minutes in: nothing yet.
		this.clock.advance(Duration.ofMinutes(44));
		this.watch.check();
		assertThat(alarms(shop, id)).isEmpty();

		// 45 minutes in (75 % of the hour): the agent is warned.
		this.clock.advance(Duration.ofMinutes(1));
		this.watch.check();
		assertThat(alarms(shop, id)).extracting(SlaAlarmRaised::alarm, SlaAlarmRaised::notified)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SlaAlarm.FIRST_CONTACT_WARNING, agent.email()));

		// Past the hour: the breach is escalated to the admins, once.
		this.clock.advance(Duration.ofMinutes(16));
		this.watch.check();
		this.watch.check();
		assertThat(alarms(shop, id)).extracting(SlaAlarmRaised::alarm, SlaAlarmRaised::notified)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SlaAlarm.FIRST_CONTACT_WARNING, agent.email()),
					org.assertj.core.groups.Tuple.tuple(SlaAlarm.FIRST_CONTACT_BREACHED, shop.owner().email()));
		assertThat(this.audit.latest(shop.workspace().id(), 10)).extracting(AuditTrail.Entry::action)
			.contains("case.sla.first_contact_breached");
		assertThat(this.cases.inbox(shop.ownerAccess(), InboxView.ALL, java.util.Set.of(), null)
			.getFirst()
			.isOverdue(this.clock.instant())).isTrue();

		// A late first contact still counts, but not as compliant.
		Case late = this.cases.get(shop.ownerAccess(), id);
		this.cases.logContact(shop.ownerAccess(), id, late.version(), ContactChannel.PHONE, ContactOutcome.REACHED, "");
		assertThat(this.figures.overview(shop.ownerAccess()).total().firstContactCompliance()).hasValue(0.0);
	}

	@Test
	void twoWatchRunsAtOnceSendTheReminderOnce() throws Exception {
		Team shop = this.fixtures.aWorkspace("Follow-up twice");
		String email = "c-3." + System.nanoTime() + "@example.test";
		resolvedWithAFollowUp(shop, email);
		this.clock.advance(Duration.ofDays(3));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService runs = Executors.newFixedThreadPool(2);
		List<Future<?>> done = List.of(runs.submit(() -> checkAfter(start)), runs.submit(() -> checkAfter(start)));
		start.countDown();
		for (Future<?> run : done) {
			run.get(30, TimeUnit.SECONDS);
		}
		runs.shutdown();

		assertThat(mailsTo(email)).as("the follow-up and one reminder").hasSize(2);
	}

	private void checkAfter(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.watch.check();
	}

	private CaseId resolvedWithAFollowUp(Team shop, String email) {
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		WorkspaceAccess owner = shop.ownerAccess();
		CaseId id = this.cases.open(owner, new NewCase("Cobro duplicado", email, null, null, Priority.HIGH, "", ""));
		ApiClient helpdesk = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.CASES));
		assertThat(helpdesk
			.post("/api/v1/cases/" + id.value() + "/transitions",
					Map.of("to", "RESOLVED", "version", this.cases.get(owner, id).version()))
			.status()).isEqualTo(200);
		assertThat(mailsTo(email)).hasSize(1);
		return id;
	}

	@Test
	void anUnansweredFollowUpIsRemindedOnceThenCountedAsUnknown() throws Exception {
		Team shop = this.fixtures.aWorkspace("Follow-up");
		WorkspaceAccess owner = shop.ownerAccess();
		String email = "c-2." + System.nanoTime() + "@example.test";
		CaseId id = resolvedWithAFollowUp(shop, email);
		assertThat(this.cases.get(owner, id).snapshot().followUp()).isEqualTo(FollowUpStatus.REQUESTED);

		this.clock.advance(Duration.ofDays(3));
		this.watch.check();
		assertThat(this.cases.get(owner, id).snapshot().followUp()).isEqualTo(FollowUpStatus.REMINDED);
		assertThat(mailsTo(email)).hasSize(2);
		assertThat(mailsTo(email).get(1).getSubject()).startsWith("Recordatorio");

		this.clock.advance(Duration.ofDays(4));
		this.watch.check();
		Case unanswered = this.cases.get(owner, id);
		assertThat(unanswered.snapshot().followUp()).isEqualTo(FollowUpStatus.UNANSWERED);
		assertThat(unanswered.state()).isEqualTo(CaseState.RESOLVED);
		assertThat(mailsTo(email)).as("one reminder only").hasSize(2);
		RecoveryFigures.Figures total = this.figures.overview(owner).total();
		assertThat(total.unknown()).isEqualTo(1);
		assertThat(total.recoveryRate()).isEmpty();
	}

	private List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private java.util.List<SlaAlarmRaised> alarms(Team shop, CaseId id) {
		return this.cases.view(shop.ownerAccess(), id)
			.timeline()
			.stream()
			.filter(SlaAlarmRaised.class::isInstance)
			.map(SlaAlarmRaised.class::cast)
			.toList();
	}

}
