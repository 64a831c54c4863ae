package org.momentos.recovery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.recovery.internal.RecoverySettingsStore;
import org.momentos.signal.Scores;
import org.momentos.survey.Respondent;
import org.momentos.survey.Respondent.Answer;
import org.momentos.survey.SurveyId;
import org.momentos.survey.internal.ContactRules;
import org.momentos.survey.Surveys;
import org.momentos.workspace.internal.ApiScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The follow-up survey of a resolved case: why it did not go out, what counts as
 * recovered in each workspace, and that an answer can only decide a case of its own
 * workspace and customer.
 */
@MomentosTest
@Import(Fixtures.class)
class FollowUpSurveyTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journeys journeys;

	@Autowired
	Surveys surveys;

	@Autowired
	Cases cases;

	@Autowired
	RecoverySettingsStore settings;

	@Autowired
	ContactRules contactRules;

	@Autowired
	MockMvc mvc;

	@Test
	void withNoKnownAddressNothingIsSentAndTheCasePageSaysWhy() throws Exception {
		Team shop = aShopWithAJourney("Sin correo");
		CaseId id = resolvedCase(shop, "cliente-sin-correo");
		assertThat(this.cases.get(shop.ownerAccess(), id).snapshot().followUp()).isEqualTo(FollowUpStatus.NOT_SENT);

		assertThat(page(shop, id, "es")).contains("No enviada", "No se conoce ningún correo de este cliente");
		assertThat(page(shop, id, "en")).contains("Not sent", "No email address is known for this customer");
	}

	@Test
	void eachWorkspaceDecidesWhatCountsAsRecovered() {
		Team strict = aShopWithAJourney("Exigente");
		Team usual = aShopWithAJourney("Normal");
		this.settings.saveThreshold(strict.workspace().id(), new FollowUpThreshold(5, 9));
		CaseId strictCase = resolvedCase(strict, "c-8");
		CaseId usualCase = resolvedCase(usual, "c-8");

		Scores eight = new Scores(8, null, null, null);
		assertThat(this.cases.recordFollowUp(strict.workspace().id(), strictCase, eight)).isEqualTo(CaseState.LOST);
		assertThat(this.cases.recordFollowUp(usual.workspace().id(), usualCase, eight)).isEqualTo(CaseState.RECOVERED);
	}

	@Test
	void anAnswerOnlyDecidesACaseOfItsOwnWorkspaceAndCustomer() {
		Team mine = aShopWithAJourney("Propia");
		Team theirs = aShopWithAJourney("Ajena");
		CaseId theirCase = resolvedCase(theirs, "c-9");
		CaseId myCase = resolvedCase(mine, "c-9");
		CaseId otherCustomersCase = resolvedCase(mine, "c-10");
		UUID delivery = touchpointNamed(mine, "Entrega del paquete");
		SurveyId survey = this.surveys.create(mine.ownerAccess(), "Entrega", "delivery-csat", delivery);
		this.surveys.open(mine.ownerAccess(), survey);
		ApiClient orderSystem = new ApiClient(this.port, this.fixtures.anApiKey(mine, ApiScope.INVITE));
		this.contactRules.changeContactDays(mine.workspace().id(), 0);

		// Hidden fields pointing at another workspace's case, and at another customer's.
		answerFive(orderSystem, delivery, theirCase);
		answerFive(orderSystem, delivery, otherCustomersCase);
		// The customer's own case, last: once it is decided, the others had their turn.
		answerFive(orderSystem, delivery, myCase);

		await(() -> Optional.of(this.cases.get(mine.ownerAccess(), myCase))
			.filter((c) -> c.state() == CaseState.RECOVERED));
		assertThat(this.cases.get(theirs.ownerAccess(), theirCase).state()).isEqualTo(CaseState.RESOLVED);
		assertThat(this.cases.get(mine.ownerAccess(), otherCustomersCase).state()).isEqualTo(CaseState.RESOLVED);
	}

	private void answerFive(ApiClient orderSystem, UUID delivery, CaseId caseId) {
		String link = orderSystem
			.post("/api/v1/invitations", Map.of("touchpointKey", delivery.toString(), "customerReference", "c-9",
					"attributes", Map.of("recovery_case", Long.toString(caseId.value()))))
			.json()
			.path("link")
			.asString();
		Respondent customer = new Respondent("localhost", this.port, "es");
		Answer opened = customer.get(link);
		String path = opened.next().substring(0, opened.next().indexOf('?'));
		customer.post(path, Map.of("page", List.of("1"), "q.csat", List.of("5"), "q.on-time", List.of("yes")));
		Answer done = customer.post(path, Map.of("page", List.of("2")));
		assertThat(done.next()).contains("/thanks");
	}

	private Team aShopWithAJourney(String name) {
		Team shop = this.fixtures.aWorkspace(name);
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		return shop;
	}

	/** A case of the customer, resolved through the API (a real request). */
	private CaseId resolvedCase(Team shop, String customer) {
		ApiClient helpdesk = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.CASES));
		long id = helpdesk.post("/api/v1/cases", Map.of("subject", "Cobro duplicado", "customerReference", customer))
			.json()
			.get("id")
			.asLong();
		assertThat(
				helpdesk.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "RESOLVED", "version", 0)).status())
			.isEqualTo(200);
		return new CaseId(id);
	}

	private UUID touchpointNamed(Team shop, String name) {
		return RecoveryScenario.touchpointKeyNamed(this.journeys.publishedTouchpoints(shop.workspace().id()), name);
	}

	private String page(Team shop, CaseId id, String language) throws Exception {
		return this.mvc
			.perform(get("/w/" + shop.slug() + "/cases/" + id.value()).header("Accept-Language", language)
				.with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static <T> T await(java.util.function.Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			RecoveryScenario.sleepFor(100);
		}
		throw new AssertionError("nothing happened within 30 s");
	}

}
