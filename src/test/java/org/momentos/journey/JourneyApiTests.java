package org.momentos.journey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.ApiClient.Response;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.workspace.internal.ApiScope;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey REST API over real HTTP, with real API keys. */
@MomentosTest
@Import(Fixtures.class)
class JourneyApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Team shop;

	ApiClient api;

	@BeforeEach
	void aWorkspaceWithAReadWriteKey() {
		this.shop = this.fixtures.aWorkspace("Shop");
		this.api = new ApiClient(this.port, this.fixtures.anApiKey(this.shop, ApiScope.READ, ApiScope.WRITE));
	}

	@Test
	void createsAJourneyFromATemplateInSpanishAndReadsItBack() {
		Response created = this.api.post("/api/v1/journeys", Map.of("template", "online-shop", "language", "es"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode journey = created.json();
		assertThat(journey.get("name").asString()).isEqualTo("Compra online");
		assertThat(journey.get("draft").get("stages")).hasSizeGreaterThanOrEqualTo(5);

		Response read = this.api.get("/api/v1/journeys/" + journey.get("id").asLong());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"0\"");
		assertThat(this.api.get("/api/v1/journeys").json().findValuesAsString("name")).contains("Compra online");
	}

	@Test
	void createsAJourneyFromStagesAndTouchpoints() {
		Response created = this.api.post("/api/v1/journeys", aJourney("Onboarding"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode stage = created.json().get("draft").get("stages").get(0);
		assertThat(stage.get("momentKind").asString()).isEqualTo("FIRST");
		assertThat(stage.get("touchpoints").get(0).get("targets").get("csat").asInt()).isEqualTo(80);
		assertThat(stage.get("key").asString()).isNotBlank();
	}

	@Test
	void aSecondSaveOverTheSameRevisionIsRefusedWithAConflict() {
		long id = this.api.post("/api/v1/journeys", aJourney("Support")).json().get("id").asLong();
		Response first = this.api.put("/api/v1/journeys/" + id, aJourney("Support, edited by Ana"),
				Map.of("If-Match", "\"0\""));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.etag()).isEqualTo("\"1\"");

		Response second = this.api.inLanguage("es")
			.put("/api/v1/journeys/" + id, aJourney("Support, edited by Luis"), Map.of("If-Match", "\"0\""));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("detail").asString()).contains("Otra persona ha cambiado este recorrido");
		assertThat(this.api.get("/api/v1/journeys/" + id).json().get("name").asString())
			.isEqualTo("Support, edited by Ana");
	}

	@Test
	void anUpdateWithoutARevisionIsRefused() {
		long id = this.api.post("/api/v1/journeys", aJourney("Billing")).json().get("id").asLong();
		Response response = this.api.put("/api/v1/journeys/" + id, aJourney("Billing"), Map.of());
		assertThat(response.status()).isEqualTo(428);
		assertThat(response.json().get("code").asString()).isEqualTo("journey.revision.required");
	}

	@Test
	void aPublishedVersionNeverChangesAndEditsGoToANewDraft() {
		long id = this.api.post("/api/v1/journeys", aJourney("Delivery")).json().get("id").asLong();
		Response published = this.api.post("/api/v1/journeys/" + id + "/publish", "", Map.of("If-Match", "\"0\""));
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("version").asInt()).isEqualTo(1);

		Response edited = this.api.put("/api/v1/journeys/" + id, aJourney("Delivery", "Doorstep handover"),
				Map.of("If-Match", "\"1\""));
		JsonNode journey = edited.json();
		assertThat(journey.get("draft").get("number").asInt()).isEqualTo(2);
		assertThat(journey.get("published").get("number").asInt()).isEqualTo(1);
		assertThat(journey.get("published").get("stages").get(0).get("name").asString())
			.isEqualTo("First visit to Delivery");
		assertThat(journey.get("draft").get("stages").get(0).get("name").asString()).isEqualTo("Doorstep handover");
		assertThat(this.api.get("/api/v1/journeys/" + id + "/map.svg?version=1").text())
			.contains("First visit to Delivery")
			.doesNotContain("Doorstep handover");
		assertThat(this.api.get("/api/v1/journeys/" + id + "/map.svg?version=2").text()).contains("Doorstep handover");
	}

	@Test
	void invalidJourneysAreRefusedWithAClearMessageAndNothingIsStored() {
		int before = this.api.get("/api/v1/journeys").json().size();
		Map<String, Object> noMomentKind = Map.of("name", "Broken", "stages",
				List.of(Map.of("name", "Somewhere", "touchpoints", List.of())));
		Response refused = this.api.post("/api/v1/journeys", noMomentKind);
		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("moment kind");

		Map<String, Object> badTarget = Map.of("name", "Broken", "stages",
				List.of(Map.of("name", "Buy", "momentKind", "FIRST", "touchpoints",
						List.of(Map.of("name", "Till", "channel", "STORE", "targets", Map.of("nps", 150))))));
		assertThat(this.api.post("/api/v1/journeys", badTarget).status()).isEqualTo(422);

		Response unreadable = this.api.post("/api/v1/journeys",
				"{\"name\": \"x\", \"stages\": [{\"momentKind\": \"LATER\"}]}");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.contentType()).startsWith("application/problem+json");

		assertThat(this.api.get("/api/v1/journeys").json().size()).isEqualTo(before);
	}

	@Test
	void deletesAJourney() {
		long id = this.api.post("/api/v1/journeys", aJourney("Temporary")).json().get("id").asLong();
		assertThat(this.api.delete("/api/v1/journeys/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/journeys/" + id).status()).isEqualTo(404);
	}

	@Test
	void refusesCallsWithoutAValidKeyOrScope() {
		ApiClient anonymous = new ApiClient(this.port, null);
		Response noKey = anonymous.get("/api/v1/journeys");
		assertThat(noKey.status()).isEqualTo(401);
		assertThat(noKey.contentType()).startsWith("application/problem+json");

		assertThat(new ApiClient(this.port, "mk_not-a-real-key").get("/api/v1/journeys").status()).isEqualTo(401);

		String readOnly = this.fixtures.anApiKey(this.shop, ApiScope.READ);
		ApiClient reader = new ApiClient(this.port, readOnly);
		assertThat(reader.get("/api/v1/journeys").status()).isEqualTo(200);
		assertThat(reader.post("/api/v1/journeys", aJourney("Nope")).status()).isEqualTo(403);

		this.fixtures.revoke(this.shop, readOnly);
		assertThat(reader.get("/api/v1/journeys").status()).isEqualTo(401);

		ApiClient ingestOnly = new ApiClient(this.port, this.fixtures.anApiKey(this.shop, ApiScope.INGEST));
		assertThat(ingestOnly.get("/api/v1/journeys").status()).isEqualTo(403);
	}

	@Test
	void anotherWorkspacesKeyFindsNothing() {
		long id = this.api.post("/api/v1/journeys", aJourney("Private")).json().get("id").asLong();
		Team rival = this.fixtures.aWorkspace("Rival");
		ApiClient rivalApi = new ApiClient(this.port, this.fixtures.anApiKey(rival, ApiScope.READ, ApiScope.WRITE));

		assertThat(rivalApi.get("/api/v1/journeys/" + id).status()).isEqualTo(404);
		assertThat(rivalApi.get("/api/v1/journeys/" + id + "/map.svg").status()).isEqualTo(404);
		assertThat(rivalApi.put("/api/v1/journeys/" + id, aJourney("Stolen"), Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(404);
		assertThat(rivalApi.post("/api/v1/journeys/" + id + "/publish", "", Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(404);
		assertThat(rivalApi.delete("/api/v1/journeys/" + id).status()).isEqualTo(404);
		assertThat(rivalApi.get("/api/v1/journeys").json().findValuesAsString("name")).doesNotContain("Private");
		assertThat(this.api.get("/api/v1/journeys/" + id).json().get("name").asString()).isEqualTo("Private");
	}

	@Test
	void servesTheHealthOfAJourneyAndRefusesABackwardPeriod() {
		long id = this.api.post("/api/v1/journeys", Map.of("template", "hotel", "language", "en"))
			.json()
			.get("id")
			.asLong();
		JsonNode health = this.api.get("/api/v1/journeys/" + id + "/health?from=2026-01-01&to=2026-01-31").json();
		assertThat(health.get("stages")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(health.get("health").get("signals").asLong()).isZero();
		assertThat(health.get("health").get("nps").get("score").isNull()).isTrue();
		assertThat(this.api.get("/api/v1/journeys/" + id + "/health?from=2026-02-01&to=2026-01-01").status())
			.isEqualTo(422);
		Team rival = this.fixtures.aWorkspace("Rival health");
		ApiClient rivalApi = new ApiClient(this.port, this.fixtures.anApiKey(rival, ApiScope.READ));
		assertThat(rivalApi.get("/api/v1/journeys/" + id + "/health").status()).isEqualTo(404);
	}

	@Test
	void listsTemplatesInTheCallersLanguage() {
		assertThat(this.api.inLanguage("es").get("/api/v1/journey-templates").json().findValuesAsString("name"))
			.contains("Compra online");
		assertThat(this.api.get("/api/v1/journey-templates").json().findValuesAsString("id")).contains("online-shop",
				"restaurant", "hotel", "saas-onboarding", "telecom", "bank");
	}

	private static Map<String, Object> aJourney(String name) {
		return aJourney(name, "First visit to " + name);
	}

	private static Map<String, Object> aJourney(String name, String stageName) {
		return Map.of("name", name, "description", "A journey for tests", "stages",
				List.of(Map.of("name", stageName, "momentKind", "FIRST", "touchpoints",
						List.of(Map.of("name", "Shop window", "channel", "STORE", "expectation", "Clear prices",
								"ownerTeam", "Retail", "momentOfTruth", true, "targets", Map.of("csat", 80))))));
	}

}
