package org.momentos.signal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.internal.WebhookFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inbound webhooks with real vendor payloads (zulip's fixtures): each adapter makes
 * signals; a wrong or missing secret is 401 and stores nothing.
 */
@MomentosTest
@Import({ Fixtures.class, WebhookFixtures.class })
class WebhookTests {

	private static final String SECRET = "a-webhook-secret-of-32-characters";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	WebhookFixtures webhooks;

	Team team;

	@BeforeEach
	void aWorkspace() {
		this.team = this.fixtures.aWorkspace("Webhooks");
	}

	@Test
	void delightedResponsesAreSignedSurveyAnswersWithTheirNps() throws Exception {
		this.webhooks.connect(this.team, "delighted", SECRET);
		byte[] detractor = fixture("delighted/survey_response_updated_non_promoter.json");
		HttpResponse<String> response = post("delighted", detractor,
				Map.of("X-Delighted-Webhook-Signature", hex("HmacSHA256", detractor)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"accepted\"");
		Signal signal = only();
		assertThat(signal.source()).isEqualTo(SignalSource.SURVEY);
		assertThat(signal.scores().nps()).isEqualTo(5);
		assertThat(signal.text()).isEqualTo("Your service is slow, but nearly flawless! Keep up the good work!");
		assertThat(signal.customerReference()).isEqualTo("paul_gravis@example.com");

		assertThat(post("delighted", detractor, Map.of("X-Delighted-Webhook-Signature", "sha256=" + "0".repeat(64)))
			.statusCode()).isEqualTo(401);
		assertThat(post("delighted", detractor, Map.of()).statusCode()).isEqualTo(401);
		assertThat(post("delighted", detractor, Map.of("X-Delighted-Webhook-Signature", hex("HmacSHA256", detractor)))
			.body()).as("a redelivery").contains("duplicate");
	}

	@Test
	void intercomConversationsKeepWhatTheCustomerWroteNotTheAdminReplies() throws Exception {
		this.webhooks.connect(this.team, "intercom", SECRET);
		byte[] created = fixture("intercom/conversation_user_created.json");
		byte[] replied = fixture("intercom/conversation_user_replied.json");
		byte[] adminReplied = fixture("intercom/conversation_admin_replied.json");
		assertThat(
				post("intercom", created, Map.of("X-Hub-Signature", "sha1=" + hex("HmacSHA1", created))).statusCode())
			.isEqualTo(200);
		assertThat(
				post("intercom", replied, Map.of("X-Hub-Signature", "sha1=" + hex("HmacSHA1", replied))).statusCode())
			.isEqualTo(200);
		assertThat(post("intercom", adminReplied, Map.of("X-Hub-Signature", "sha1=" + hex("HmacSHA1", adminReplied)))
			.body()).contains("ignored");
		assertThat(
				post("intercom", created, Map.of("X-Hub-Signature", "sha1=" + hex("HmacSHA1", replied))).statusCode())
			.as("a signature of another body")
			.isEqualTo(401);
		assertThat(this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals())
			.extracting(Signal::text)
			.containsExactlyInAnyOrder("Hello everyone!",
					"Well, I need some help getting access to a developer account.");
	}

	@Test
	void zendeskTicketsFromTheCustomersTemplateWithATokenOrASignature() throws Exception {
		this.webhooks.connect(this.team, "zendesk", SECRET);
		byte[] ticket = fixture("zendesk/ticket_create_update.json");
		assertThat(post("zendesk", ticket, Map.of("X-Momentos-Token", "wrong-token-of-some-length")).statusCode())
			.isEqualTo(401);
		String timestamp = "2025-02-03T19:59:00Z";
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
		String signature = Base64.getEncoder().encodeToString(mac.doFinal(ticket));
		assertThat(post("zendesk", ticket,
				Map.of("X-Zendesk-Webhook-Signature", signature, "X-Zendesk-Webhook-Signature-Timestamp", timestamp))
			.statusCode()).isEqualTo(200);
		Signal signal = only();
		assertThat(signal.source()).isEqualTo(SignalSource.TICKET);
		assertThat(signal.title()).isEqualTo("Hello world");
		assertThat(signal.text()).contains("I am writing this to create a ticket.");
		assertThat(signal.externalId()).isEqualTo("zendesk:7");
		assertThat(signal.attributes()).containsEntry("tags", "change_address help order")
			.containsEntry("priority", "Normal");
		assertThat(post("zendesk", ticket, Map.of("X-Momentos-Token", SECRET)).body()).contains("duplicate");
	}

	@Test
	void freshdeskTicketsWithATokenInTheUrl() throws Exception {
		this.webhooks.connect(this.team, "freshdesk", SECRET);
		byte[] ticket = fixture("freshdesk/ticket_created.json");
		assertThat(post("freshdesk", ticket, Map.of()).statusCode()).isEqualTo(401);
		assertThat(postTo("/hooks/" + this.team.slug() + "/freshdesk?token=" + SECRET, ticket, Map.of()).statusCode())
			.isEqualTo(200);
		Signal signal = only();
		assertThat(signal.title()).isEqualTo("Test ticket subject ☃");
		assertThat(signal.text()).isEqualTo("Test ticket description ☃.");
		assertThat(signal.customerReference()).isEqualTo("requester-bob@example.com");
		assertThat(signal.attributes()).containsEntry("priority", "High")
			.containsEntry("requester_name", "Requester ☃ Bob");
	}

	@Test
	void aGenericWebhookReadsAnyJsonThroughItsMapping() throws Exception {
		this.webhooks.connect(this.team, "generic", SECRET,
				Map.of("source", "REVIEW", "text", "/review/body", "rating", "/review/stars", "externalId", "/id",
						"customerReference", "/author/email", "attributes.store", "/store"));
		byte[] review = """
				{"id": "R-9", "store": "Gran Vía", "review": {"body": "Muy buena atención", "stars": 5},
				 "author": {"email": "eva@example.test"}}""".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = post("generic", review, Map.of("Authorization", "Bearer " + SECRET));
		assertThat(response.statusCode()).isEqualTo(200);
		Signal signal = only();
		assertThat(signal.scores().rating()).isEqualTo(5.0);
		assertThat(signal.attributes()).containsEntry("store", "Gran Vía");
		byte[] bad = "{\"id\": \"R-10\", \"review\": {\"stars\": 9}}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = post("generic", bad, Map.of("Authorization", "Bearer " + SECRET));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("scores.rating");
	}

	@Test
	void aWebhookThatIsNotConnectedOrOfAnotherWorkspaceIs401() throws Exception {
		Team other = this.fixtures.aWorkspace("Other webhooks");
		this.webhooks.connect(other, "freshdesk", SECRET);
		byte[] ticket = fixture("freshdesk/ticket_created.json");
		assertThat(post("freshdesk", ticket, Map.of("X-Momentos-Token", SECRET)).statusCode()).isEqualTo(401);
		assertThat(
				postTo("/hooks/no-such-workspace/freshdesk", ticket, Map.of("X-Momentos-Token", SECRET)).statusCode())
			.isEqualTo(401);
		assertThat(
				postTo("/hooks/" + other.slug() + "/pigeon", ticket, Map.of("X-Momentos-Token", SECRET)).statusCode())
			.isEqualTo(401);
		assertThat(this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals()).isEmpty();
	}

	private Signal only() {
		var page = this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals();
		assertThat(page).hasSize(1);
		return page.get(0);
	}

	private HttpResponse<String> post(String adapter, byte[] body, Map<String, String> headers) throws Exception {
		return postTo("/hooks/" + this.team.slug() + "/" + adapter, body, headers);
	}

	private HttpResponse<String> postTo(String path, byte[] body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] fixture(String name) throws Exception {
		return new ClassPathResource("webhooks/" + name).getContentAsByteArray();
	}

	private static String hex(String algorithm, byte[] body) throws Exception {
		Mac mac = Mac.getInstance(algorithm);
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
