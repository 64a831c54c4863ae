package org.momentos.recovery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.ApiClient.Response;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.recovery.internal.WebhookStore;
import org.momentos.workspace.internal.ApiScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases API over real HTTP, and outbound webhooks signed for their receivers. */
@MomentosTest
@Import(Fixtures.class)
class CaseApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WebhookStore webhooks;

	@Test
	void opensListsAndMovesACaseWithItsVersion() {
		Team shop = this.fixtures.aWorkspace("API");
		ApiClient api = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.CASES));

		Response created = api.post("/api/v1/cases",
				Map.of("subject", "Paquete dañado", "customerReference", "c-7", "priority", "HIGH"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("state").asString()).isEqualTo("OPEN");

		assertThat(api.get("/api/v1/cases?state=OPEN").json()).extracting((JsonNode node) -> node.get("id").asLong())
			.contains(id);
		Response one = api.get("/api/v1/cases/" + id);
		assertThat(one.json().get("timeline").get(0).get("type").asString()).isEqualTo("StateChanged");

		Response caused = api.post("/api/v1/cases/" + id + "/root-cause", Map.of("cause", "PARTNER"),
				Map.of("If-Match", one.etag()));
		assertThat(caused.json().get("rootCause").asString()).isEqualTo("PARTNER");
		one = api.get("/api/v1/cases/" + id);

		Response resolved = api.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "RESOLVED"),
				Map.of("If-Match", one.etag()));
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.json().get("state").asString()).isEqualTo("RESOLVED");

		// the same version again: someone else moved it first
		Response stale = api.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "LOST"),
				Map.of("If-Match", one.etag()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).contains("application/problem+json");

		// resolving asks for the follow-up survey in the same change; this workspace has
		// no journey to bind one to, so the case says it was not sent
		String current = resolved.etag();
		assertThat(api.get("/api/v1/cases/" + id).json().get("subject").get("followUp").asString())
			.isEqualTo("NOT_SENT");

		// a move the state machine does not allow
		Response refused = api.inLanguage("es")
			.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "CONTACTED"), Map.of("If-Match", current));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("Un caso no puede pasar");
	}

	@Test
	void anotherWorkspaceGets404AndAReadOnlyKeyIsRefused() {
		Team shop = this.fixtures.aWorkspace("API mine");
		Team other = this.fixtures.aWorkspace("API other");
		ApiClient mine = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.CASES));
		long id = mine.post("/api/v1/cases", Map.of("subject", "Privado")).json().get("id").asLong();

		ApiClient theirs = new ApiClient(this.port, this.fixtures.anApiKey(other, ApiScope.CASES));
		assertThat(theirs.get("/api/v1/cases/" + id).status()).isEqualTo(404);
		assertThat(theirs.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "LOST", "version", 0)).status())
			.isEqualTo(404);
		assertThat(theirs.get("/api/v1/cases").json()).isEmpty();

		ApiClient reader = new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.READ));
		assertThat(reader.get("/api/v1/cases").status()).isEqualTo(403);
	}

	@Test
	void caseEventsArePostedWithATextAndAnHmacSignature() throws IOException {
		List<Map.Entry<String, byte[]>> received = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			received.add(Map.entry(exchange.getRequestHeaders().getFirst("X-Momentos-Signature"),
					exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
		try {
			Team shop = this.fixtures.aWorkspace("Hooks");
			WebhookStore.Webhook hook = this.webhooks.add(shop.workspace().id(),
					"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
			new ApiClient(this.port, this.fixtures.anApiKey(shop, ApiScope.CASES)).post("/api/v1/cases",
					Map.of("subject", "Me cobraron dos veces", "priority", "CRITICAL"));

			Map.Entry<String, byte[]> delivery = RecoveryScenario
				.await(() -> received.stream().findFirst().map(Optional::of).orElse(Optional.empty()));
			JsonNode body = JsonMapper.builder().build().readTree(delivery.getValue());
			assertThat(body.get("event").asString()).isEqualTo("case.opened");
			assertThat(body.get("text").asString()).contains("case.opened", "Me cobraron dos veces");
			assertThat(delivery.getKey()).isEqualTo("sha256=" + hmac(delivery.getValue(), hook.secret()));
		}
		finally {
			receiver.stop(0);
		}
	}

	private static String hmac(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new AssertionError(ex);
		}
	}

}
