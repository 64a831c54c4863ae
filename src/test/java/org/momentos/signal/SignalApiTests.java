package org.momentos.signal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.ApiClient;
import org.momentos.ApiClient.Response;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.internal.SignalSettings;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.internal.ApiScope;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal API over real HTTP: receipts, idempotency, partial batches, rejections,
 * 401/403/404/413/429, listing with a cursor, erasure.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignalSettings settings;

	@Autowired
	AuditTrail audit;

	Team team;

	String ingestKey;

	ApiClient ingest;

	ApiClient reader;

	@BeforeEach
	void aWorkspaceWithKeys() {
		this.team = this.fixtures.aWorkspace("Signal API");
		this.ingestKey = this.fixtures.anApiKey(this.team, ApiScope.INGEST);
		this.ingest = new ApiClient(this.port, this.ingestKey);
		this.reader = new ApiClient(this.port, this.fixtures.anApiKey(this.team, ApiScope.READ));
	}

	@Test
	void oneSignalIsAcceptedOnceAndARetryIsADuplicate() {
		Map<String, Object> ticket = Map.of("source", "ticket", "externalId", "T-1", "text", "Facturación doble",
				"customerReference", "ana@example.test", "attributes", Map.of("agent", "Lucía", "store", 12));
		Response first = this.ingest.post("/api/v1/signals", ticket);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("accepted");
		long id = first.json().get("id").asLong();

		Response retry = this.ingest.post("/api/v1/signals", ticket);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().get("status").asString()).isEqualTo("duplicate");
		assertThat(retry.json().get("id").asLong()).isEqualTo(id);

		JsonNode stored = this.reader.get("/api/v1/signals/" + id).json();
		assertThat(stored.get("text").asString()).isEqualTo("Facturación doble");
		assertThat(stored.get("attributes").get("store").asString()).isEqualTo("12");
	}

	@Test
	void theSameIdempotencyKeyIsStoredOnce() {
		Map<String, Object> review = Map.of("source", "REVIEW", "text", "Great service", "scores",
				Map.of("rating", 4.5));
		Response first = this.ingest.post("/api/v1/signals", review, Map.of("Idempotency-Key", "k-1"));
		Response again = this.ingest.post("/api/v1/signals", review, Map.of("Idempotency-Key", "k-1"));
		Response other = this.ingest.post("/api/v1/signals", review, Map.of("Idempotency-Key", "k-2"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(other.status()).isEqualTo(201);

		List<Object> batch = List.of(review, review);
		Response batchFirst = this.ingest.post("/api/v1/signals", batch, Map.of("Idempotency-Key", "b-1"));
		Response batchAgain = this.ingest.post("/api/v1/signals", batch, Map.of("Idempotency-Key", "b-1"));
		assertThat(batchFirst.json().get("accepted").asInt()).isEqualTo(2);
		assertThat(batchAgain.json().get("duplicates").asInt()).isEqualTo(2);
	}

	@Test
	void aBatchAnswersItemByItemAndStoresTheValidOnes() {
		List<Object> batch = List.of(Map.of("source", "CALL", "externalId", "C-1", "text", "Tardaron en atender"),
				Map.of("source", "CALL", "externalId", "C-2", "scores", Map.of("nps", 11)),
				Map.of("source", "CALL", "externalId", "C-1", "text", "same call again"),
				Map.of("source", "CALL", "externalId", "C-3", "scores", Map.of("csat", 2)));
		Response response = this.ingest.post("/api/v1/signals", batch);
		assertThat(response.status()).isEqualTo(200);
		JsonNode answer = response.json();
		assertThat(answer.get("accepted").asInt()).isEqualTo(2);
		assertThat(answer.get("duplicates").asInt()).isEqualTo(1);
		assertThat(answer.get("rejected").asInt()).isEqualTo(1);
		JsonNode items = answer.get("items");
		assertThat(items.get(0).get("status").asString()).isEqualTo("accepted");
		assertThat(items.get(1).get("status").asString()).isEqualTo("rejected");
		assertThat(items.get(1).get("field").asString()).isEqualTo("scores.nps");
		assertThat(items.get(1).get("reason").asString()).isEqualTo("signal.nps.range");
		assertThat(items.get(1).get("message").asString()).contains("0", "10");
		assertThat(items.get(2).get("status").asString()).isEqualTo("duplicate");
		assertThat(items.get(2).get("id").asLong()).isEqualTo(items.get(0).get("id").asLong());
		assertThat(items.get(3).get("status").asString()).isEqualTo("accepted");
		assertThat(this.reader.get("/api/v1/signals?source=CALL").json().get("items")).hasSize(2);
	}

	@Test
	void jsonLinesAreABatchAndABrokenLineIsReportedNotDropped() throws Exception {
		String lines = """
				{"source":"CHAT","externalId":"L-1","text":"hola"}
				{"source":"CHAT","externalId":"L-2","text":
				{"source":"CHAT","externalId":"L-3","text":"adiós"}
				""";
		HttpResponse<String> response = raw(HttpRequest.newBuilder(uri("/api/v1/signals"))
			.header("Authorization", "Bearer " + this.ingestKey)
			.header("Content-Type", "application/x-ndjson")
			.POST(HttpRequest.BodyPublishers.ofString(lines)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"accepted\":2", "\"rejected\":1", "signal.json.invalid");
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"text":"no source"}                                   | source            | signal.source.required
					{"source":"PIGEON","text":"x"}                         | source            | signal.source.unknown
					{"source":"TICKET","text":"x","occurredAt":"31/03/26"} | occurredAt        | signal.occurredAt.invalid
					{"source":"TICKET","text":"x","occurredAt":"2099-01-01"} | occurredAt      | signal.occurredAt.future
					{"source":"TICKET"}                                    | text              | signal.empty
					{"source":"TICKET","scores":{"nps":-1}}                | scores.nps        | signal.nps.range
					{"source":"TICKET","scores":{"nps":7.5}}               | scores.nps        | signal.nps.range
					{"source":"TICKET","scores":{"csat":6}}                | scores.csat       | signal.csat.range
					{"source":"TICKET","scores":{"ces":0}}                 | scores.ces        | signal.ces.range
					{"source":"TICKET","scores":{"rating":"five"}}         | scores.rating     | signal.rating.range
					{"source":"TICKET","scores":{"rating":3.3}}             | scores.rating     | signal.rating.range
					{"source":"TICKET","scores":{"stars":3}}               | scores.stars      | signal.field.unknown
					{"source":"TICKET","scores":7}                         | scores            | signal.scores.type
					{"source":"TICKET","text":"x","language":"fr"}         | language          | signal.language.unsupported
					{"source":"TICKET","text":"x","touchpointKey":"nope"}  | touchpointKey     | signal.touchpoint.invalid
					{"source":"TICKET","text":"x","touchpointKey":"6f1c1a0e-0000-4000-8000-000000000000"} | touchpointKey | signal.touchpoint.unknown
					{"source":"TICKET","text":"x","attributes":[1]}        | attributes        | signal.attributes.type
					{"source":"TICKET","text":"x","attributes":{"a":{}}}   | attributes.a      | signal.attribute.invalid
					{"source":"TICKET","text":["x"]}                       | text              | signal.field.type
					{"source":"TICKET","text":"x","colour":"red"}          | colour            | signal.field.unknown
					""")
	void everyRejectionNamesTheFieldAndTheReason(String body, String field, String reason) {
		Response response = this.ingest.post("/api/v1/signals", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("reason").asString()).isEqualTo(reason);
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void longValuesAreRejectedToo() {
		String longText = "a".repeat(20_001);
		assertThat(this.ingest.post("/api/v1/signals", Map.of("source", "TICKET", "text", longText))
			.json()
			.get("reason")
			.asString()).isEqualTo("signal.text.tooLong");
		assertThat(
				this.ingest.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x", "title", "t".repeat(501)))
					.json()
					.get("field")
					.asString())
			.isEqualTo("title");
		assertThat(this.ingest
			.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x", "customerReference", "c".repeat(321)))
			.json()
			.get("field")
			.asString()).isEqualTo("customerReference");
		assertThat(this.ingest
			.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x", "externalId", "e".repeat(201)))
			.json()
			.get("field")
			.asString()).isEqualTo("externalId");
		assertThat(this.ingest
			.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x"),
					Map.of("Idempotency-Key", "k".repeat(201)))
			.json()
			.get("field")
			.asString()).isEqualTo("idempotencyKey");
		Map<String, String> many = new java.util.HashMap<>();
		IntStream.range(0, 51).forEach((i) -> many.put("a" + i, "v"));
		assertThat(this.ingest.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x", "attributes", many))
			.json()
			.get("reason")
			.asString()).isEqualTo("signal.attributes.tooMany");
	}

	@Test
	void aRequestWithoutAValidKeyOrScopeIsRefusedAndNothingStored() {
		Map<String, Object> signal = Map.of("source", "TICKET", "text", "x", "externalId", "auth-1");
		assertThat(new ApiClient(this.port, null).post("/api/v1/signals", signal).status()).isEqualTo(401);
		assertThat(new ApiClient(this.port, "mk_not-a-real-key").post("/api/v1/signals", signal).status())
			.isEqualTo(401);
		assertThat(this.reader.post("/api/v1/signals", signal).status()).isEqualTo(403);
		assertThat(this.ingest.get("/api/v1/signals").status()).as("ingest keys do not read").isEqualTo(403);
		assertThat(this.reader.get("/api/v1/signals?externalId=auth-1").json().get("items")).isEmpty();
	}

	@Test
	void tooManySignalsInOneRequestIs413() {
		List<Object> batch = new ArrayList<>();
		IntStream.range(0, Signals.MAX_BATCH + 1).forEach((i) -> batch.add(Map.of("source", "OTHER", "text", "x")));
		Response response = this.ingest.post("/api/v1/signals", batch);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("code").asString()).isEqualTo("signal.batch.tooLarge");
	}

	@Test
	void aWorkspaceOverItsRateGets429WithRetryAfter() throws Exception {
		this.settings.update(this.team.workspace().id(), false, null, 2);
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(raw(HttpRequest.newBuilder(uri("/api/v1/signals"))
				.header("Authorization", "Bearer " + this.ingestKey)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"OTHER\",\"text\":\"r" + i + "\"}"))));
		}
		HttpResponse<String> refused = responses.stream()
			.filter((response) -> response.statusCode() == 429)
			.findFirst()
			.orElseThrow();
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(refused.body()).contains("signal.rate.exceeded");
		Team other = this.fixtures.aWorkspace("Unthrottled");
		ApiClient otherKey = new ApiClient(this.port, this.fixtures.anApiKey(other, ApiScope.INGEST));
		assertThat(otherKey.post("/api/v1/signals", Map.of("source", "OTHER", "text", "x")).status())
			.as("the rate is per workspace")
			.isEqualTo(201);
	}

	@Test
	void signalsAreListedNewestFirstWithFiltersAndACursor() {
		for (int day = 1; day <= 5; day++) {
			this.ingest.post("/api/v1/signals", Map.of("source", day % 2 == 0 ? "SURVEY" : "REVIEW", "occurredAt",
					"2026-03-0" + day + "T10:00:00Z", "text", "día " + day, "customerReference", "c" + day));
		}
		JsonNode first = this.reader.get("/api/v1/signals?limit=2").json();
		assertThat(first.get("items")).extracting((item) -> item.get("text").asString())
			.containsExactly("día 5", "día 4");
		JsonNode second = this.reader.get("/api/v1/signals?limit=2&cursor=" + first.get("nextCursor").asString())
			.json();
		assertThat(second.get("items")).extracting((item) -> item.get("text").asString())
			.containsExactly("día 3", "día 2");
		JsonNode last = this.reader.get("/api/v1/signals?limit=2&cursor=" + second.get("nextCursor").asString()).json();
		assertThat(last.get("items")).hasSize(1);
		assertThat(last.get("nextCursor").isNull()).isTrue();

		assertThat(this.reader.get("/api/v1/signals?source=survey").json().get("items")).hasSize(2);
		assertThat(this.reader.get("/api/v1/signals?from=2026-03-02&to=2026-03-04").json().get("items")).hasSize(2);
		assertThat(this.reader.get("/api/v1/signals?customerReference=c3").json().get("items")).hasSize(1);
		assertThat(this.reader.get("/api/v1/signals?q=D%C3%8DA%205").json().get("items")).hasSize(1);
		assertThat(this.reader.get("/api/v1/signals?cursor=garbage!").status()).isEqualTo(422);
	}

	@Test
	void anotherWorkspacesKeyCannotReadWriteOrEraseOurSignals() {
		long id = this.ingest
			.post("/api/v1/signals",
					Map.of("source", "TICKET", "text", "ours", "customerReference", "pepe@example.test"))
			.json()
			.get("id")
			.asLong();
		Team other = this.fixtures.aWorkspace("Intruder");
		ApiClient intruder = new ApiClient(this.port,
				this.fixtures.anApiKey(other, ApiScope.READ, ApiScope.INGEST, ApiScope.ERASE));
		assertThat(intruder.get("/api/v1/signals/" + id).status()).isEqualTo(404);
		assertThat(intruder.get("/api/v1/signals?customerReference=pepe@example.test").json().get("items")).isEmpty();
		assertThat(intruder.delete("/api/v1/signals?customerReference=pepe@example.test").json().get("erased").asInt())
			.isZero();
		assertThat(this.reader.get("/api/v1/signals/" + id).status()).isEqualTo(200);
	}

	@Test
	void erasureForgetsTheCustomerEvenWhenStoredAsAKeyedHash() {
		this.settings.update(this.team.workspace().id(), true, null, 1000);
		long hashed = this.ingest
			.post("/api/v1/signals", Map.of("source", "TICKET", "text", "x", "customerReference", "Ana@Example.test"))
			.json()
			.get("id")
			.asLong();
		JsonNode stored = this.reader.get("/api/v1/signals/" + hashed).json();
		assertThat(stored.get("customerReference").asString()).startsWith("h1:").doesNotContain("ana");
		assertThat(this.reader.get("/api/v1/signals?customerReference=ana@example.test").json().get("items"))
			.as("found by the raw reference, any case")
			.hasSize(1);
		this.settings.update(this.team.workspace().id(), false, null, 1000);
		this.ingest.post("/api/v1/signals",
				Map.of("source", "CALL", "text", "y", "customerReference", "ana@example.test"));
		this.ingest.post("/api/v1/signals",
				Map.of("source", "CALL", "text", "z", "customerReference", "luis@example.test"));

		assertThat(this.ingest.delete("/api/v1/signals?customerReference=ana@example.test").status())
			.as("ingest keys do not erase")
			.isEqualTo(403);
		ApiClient eraser = new ApiClient(this.port, this.fixtures.anApiKey(this.team, ApiScope.ERASE));
		assertThat(eraser.delete("/api/v1/signals?customerReference=ANA@example.test").json().get("erased").asInt())
			.isEqualTo(2);
		assertThat(this.reader.get("/api/v1/signals").json().get("items"))
			.extracting((item) -> item.get("customerReference").asString())
			.containsExactly("luis@example.test");
		assertThat(this.audit.latest(this.team.workspace().id(), 5)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("signals.customerErased");
			assertThat(entry.detail()).startsWith("2 h1:").doesNotContain("ana");
		});
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
