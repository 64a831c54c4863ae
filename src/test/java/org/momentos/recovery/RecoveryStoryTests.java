package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.TestMailServer;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.Verdicts;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.recovery.AlertActions.Assignment;
import org.momentos.recovery.internal.AlertRuleStore;
import org.momentos.recovery.internal.RecoveryTeams;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.survey.Respondent;
import org.momentos.survey.Respondent.Answer;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.internal.ApiScope;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The life of one complaint, told end to end with nothing played by the test: a detractor
 * answers a delivery survey in Spanish, "me cobraron dos veces y nadie contesta"; text
 * analytics and the verdict rules call it critical; a case reaches billing within its
 * SLA; the agent calls, refunds, finds the root cause and resolves; the follow-up survey
 * arrives by mail and comes back with a 9 from the public page; the customer is
 * recovered, and the dashboard's recovery rate shows it.
 */
@MomentosTest
@Import(Fixtures.class)
class RecoveryStoryTests {

	private static final Pattern LINK = Pattern.compile("(http://\\S+/s/\\w+\\?t=[\\w-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journeys journeys;

	@Autowired
	Surveys surveys;

	@Autowired
	Verdicts verdicts;

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	GreenMail mail = TestMailServer.get();

	@Test
	void aDoubleChargeComplaintIsTurnedIntoACompliment() throws Exception {
		// An online shop maps its journey from the template, in Spanish, publishes it and
		// opens its delivery survey.
		Team shop = this.fixtures.aWorkspace("Tienda");
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		var touchpoints = this.journeys.publishedTouchpoints(shop.workspace().id());
		UUID delivery = RecoveryScenario.touchpointKeyNamed(touchpoints, "Entrega del paquete");
		UUID checkout = RecoveryScenario.touchpointKeyNamed(touchpoints, "Carrito y pago");
		SurveyId deliverySurvey = this.surveys.create(shop.ownerAccess(), "Entrega", "delivery-csat", delivery);
		this.surveys.open(shop.ownerAccess(), deliverySurvey);

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

		// The order is delivered: the shop's order system invites the customer by mail.
		String email = "cliente-81." + System.nanoTime() + "@example.test";
		ApiClient orderSystem = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.INVITE));
		long invitation = orderSystem
			.post("/api/v1/invitations", Map.of("touchpointKey", delivery.toString(), "customerReference", "cliente-81",
					"email", email, "language", "es", "attributes", Map.of("order", "81")))
			.json()
			.path("id")
			.asLong();
		Respondent customer = new Respondent("localhost", this.port, "es-ES,es;q=0.9");

		// She answers from the mail, in Spanish: unhappy, and charged twice.
		String responsePath = open(customer, linkIn(mailTo(email, 1).getFirst()));
		assertThat(customer
			.post(responsePath, Map.of("page", List.of("1"), "q.csat", List.of("2"), "q.on-time", List.of("yes")))
			.status()).isEqualTo(302);
		Answer done = customer.post(responsePath,
				Map.of("page", List.of("2"), "q.comment", List.of("me cobraron dos veces y nadie contesta")));
		assertThat(done.next()).contains("/thanks");
		// Her completed answer becomes a signal in the background, moments later.
		SignalId complaint = new SignalId(awaitValue(() -> this.jdbc
			.sql("select signal_id from survey_response where invitation_id = ? and signal_id is not null")
			.param(invitation)
			.query(Long.class)
			.optional()));

		// Text analytics reads a billing problem in her words and the verdict rules call
		// the moment critical; the billing rule opens a critical case for Lucía's team.
		CaseId id = awaitValue(() -> this.cases.inbox(shop.ownerAccess(), InboxView.ALL, Set.of(), null)
			.stream()
			.filter((c) -> complaint.equals(c.file().signal()))
			.map(Case::id)
			.findFirst());
		assertThat(this.verdicts.verdictOf(shop.workspace().id(), complaint)).map((judgement) -> judgement.verdict())
			.contains(Verdict.CRITICAL);
		WorkspaceAccess agent = this.fixtures.accessOf(lucia, shop);
		Case handled = this.cases.get(agent, id);
		assertThat(handled.file().rule()).as("matched on the billing theme").isEqualTo("Cobros a Finanzas");
		assertThat(handled.team()).isEqualTo("Finanzas");
		assertThat(handled.assignee()).isEqualTo(lucia.email());
		assertThat(handled.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(Duration.between(handled.file().openedAt(), handled.snapshot().firstContactDue()))
			.isEqualTo(Duration.ofHours(1));
		assertThat(this.cases.inbox(agent, InboxView.MINE, Set.of(), null)).extracting(Case::id).containsExactly(id);

		// She sees the whole story: the survey answer that triggered the case.
		assertThat(this.cases.view(agent, id).trigger()).map((signal) -> signal.text())
			.contains("me cobraron dos veces y nadie contesta");

		// She calls the customer within the SLA, refunds the double charge, records why
		// it happened and resolves the case on its page.
		handled = this.cases.logContact(agent, id, handled.version(), ContactChannel.PHONE, ContactOutcome.REACHED,
				"Le pido disculpas; el cargo duplicado está confirmado");
		assertThat(handled.state()).isEqualTo(CaseState.CONTACTED);
		assertThat(handled.snapshot().firstContactAt()).isBefore(handled.snapshot().firstContactDue());
		handled = this.cases.giveCompensation(agent, id, handled.version(),
				new Compensation(CompensationKind.REFUND, new BigDecimal("39.90"), "EUR", "REEMB-81"));
		handled = this.cases.chooseRootCause(agent, id, handled.version(), RootCause.BILLING_ERROR, checkout);
		this.mvc
			.perform(post("/w/" + shop.slug() + "/cases/" + id.value() + "/transitions")
				.param("version", Integer.toString(handled.version()))
				.param("to", "RESOLVED")
				.param("reason", "Reembolso hecho")
				.with(csrf())
				.with(user(lucia)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.cases.get(agent, id).snapshot().followUp()).isEqualTo(FollowUpStatus.REQUESTED);

		// The follow-up survey, made from its template on this first need, arrives at the
		// address she was invited at, in her language.
		MimeMessage followUp = mailTo(email, 2).get(1);
		assertThat(followUp.getSubject()).contains("Sobre su reclamación");

		// She answers 9 on the public page: the complaint became a compliment.
		String followUpPath = open(customer, linkIn(followUp));
		Answer answered = customer.post(followUpPath,
				Map.of("page", List.of("1"), "q.csat", List.of("5"), "q.nps", List.of("9")));
		assertThat(answered.next()).contains("/thanks");
		awaitValue(() -> Optional.of(this.cases.get(agent, id)).filter((c) -> c.state() == CaseState.RECOVERED));
		assertThat(this.cases.view(agent, id).timeline()).extracting((entry) -> entry.getClass().getSimpleName())
			.contains("Contact", "CompensationGiven", "RootCauseChosen", "FollowUpChanged");

		// The recovery rate counts it, and the refund is in the compensation spent...
		RecoveryFigures.Overview overview = this.figures.overview(shop.ownerAccess());
		assertThat(overview.total().recovered()).isEqualTo(1);
		assertThat(overview.total().recoveryRate()).hasValue(1.0);
		assertThat(overview.total().firstContactCompliance()).hasValue(1.0);
		assertThat(overview.total().compensationCases()).as("cases with a compensation").isEqualTo(1);
		assertThat(overview.compensation()).containsEntry("EUR", new BigDecimal("39.90"));
		assertThat(overview.rootCauses()).first()
			.satisfies((cause) -> assertThat(cause.cause()).isEqualTo(RootCause.BILLING_ERROR));

		// ...and the manager sees it on the dashboard.
		String dashboard = this.mvc
			.perform(get("/w/" + shop.slug() + "/recovery").header("Accept-Language", "es").with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).containsPattern("(?s)id=\"recovery-rate\".*?100 %");

		// Later she answers another survey with a 10, like a customer who never had a
		// problem: the recovery paradox table shows both.
		for (String who : List.of("cliente-81", "cliente-never")) {
			this.signals.receive(shop.workspace().id(), new NewSignal(SignalSource.SURVEY, null, who, delivery,
					new Scores(10, null, null, null), null, "Todo perfecto", "es", Map.of(), null, null));
		}
		assertThat(awaitValue(() -> Optional.of(this.figures.overview(shop.ownerAccess()).paradox())
			.filter((groups) -> groups.stream().allMatch((g) -> g.group().equals("NOT_RECOVERED") || g.answers() > 0))))
			.extracting(RecoveryFigures.ParadoxGroup::group, RecoveryFigures.ParadoxGroup::customers,
					(g) -> g.nps().orElse(null))
			.containsExactly(tuple("RECOVERED", 1L, 100.0), tuple("NEVER_HURT", 1L, 100.0),
					tuple("NOT_RECOVERED", 0L, null));
	}

	/** Opens an invitation link; the path of the response it starts. */
	private static String open(Respondent customer, String link) {
		// Pages built under MockMvc name http://localhost: only the path is kept.
		Answer opened = customer.get(link.substring(link.indexOf("/s/")));
		assertThat(opened.status()).isEqualTo(302);
		return opened.next().substring(0, opened.next().indexOf('?'));
	}

	private static String linkIn(MimeMessage message) throws Exception {
		Matcher matcher = LINK.matcher(textOf(message));
		assertThat(matcher.find()).as("a survey link in the mail").isTrue();
		return matcher.group(1);
	}

	/** The decoded text of a mail and all its parts. */
	private static String textOf(Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(textOf(multipart.getBodyPart(i))).append('\n');
			}
			return text.toString();
		}
		return content instanceof String text ? text : "";
	}

	/** The mails to the address, once there are {@code count}. */
	private List<MimeMessage> mailTo(String email, int count) {
		return awaitValue(() -> {
			List<MimeMessage> messages = Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
				}
				catch (MessagingException ex) {
					return false;
				}
			}).toList();
			return messages.size() >= count ? Optional.of(messages) : Optional.empty();
		});
	}

	/** Waits up to 60 s: the text analysis of a first signal loads its models. */
	private static <T> T awaitValue(java.util.function.Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			RecoveryScenario.sleepFor(100);
		}
		throw new AssertionError("nothing happened within 60 s");
	}

}
