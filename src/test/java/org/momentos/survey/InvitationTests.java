package org.momentos.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.TestMailServer;
import org.momentos.survey.Respondent.Answer;
import org.momentos.survey.internal.InvitationDesk;
import org.momentos.workspace.internal.ApiScope;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online shop's order system invites a customer when an order is delivered: the mail
 * arrives in the test SMTP server, its link works exactly once and carries the hidden
 * fields into the signal; one reminder; unsubscribe stops future mail; contact rules skip
 * with a recorded reason.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class InvitationTests {

	private static final Pattern LINK = Pattern.compile("(http://\\S+/s/\\w+\\?t=[\\w-]+)");

	private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/s/\\w+/unsubscribe\\?t=[\\w-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	InvitationDesk desk;

	@Autowired
	JdbcClient jdbc;

	GreenMail mail = TestMailServer.get();

	Team shop;

	Survey delivery;

	ApiClient orderSystem;

	Respondent customer;

	@BeforeEach
	void aShopWithADeliverySurvey() {
		this.shop = this.surveys.aShopWithAPublishedJourney("Envios");
		this.delivery = this.surveys.anOpenSurvey(this.shop, "delivery-csat", 2);
		this.orderSystem = new ApiClient(this.port, this.fixtures.anApiKey(this.shop, ApiScope.INVITE));
		this.customer = new Respondent("localhost", this.port, "en");
	}

	@Test
	void anInvitationMailArrivesAndItsLinkWorksExactlyOnce() throws Exception {
		String email = "ana." + System.nanoTime() + "@example.test";
		JsonNode invited = invite("order-1001-ana", email, Map.of("order", "1001", "store", "online")).json();
		assertThat(invited.path("status").asString()).isEqualTo("invited");
		assertThat(invited.path("emailed").asBoolean()).isTrue();

		MimeMessage message = mailTo(email);
		assertThat(message.getSubject()).contains("Su pedido ha llegado");
		String body = GreenMailUtil.getBody(message);
		String link = find(LINK, body);
		assertThat(link).isEqualTo(invited.path("link").asString());

		Answer opened = this.customer.get(link);
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.next()).contains("/r/").contains("lang=es");
		String responsePath = opened.next().substring(0, opened.next().indexOf('?'));
		assertThat(this.customer
			.post(responsePath, Map.of("page", List.of("1"), "q.csat", List.of("5"), "q.on-time", List.of("yes")))
			.status()).isEqualTo(302);
		Answer done = this.customer.post(responsePath, Map.of("page", List.of("2"), "q.comment", List.of("Perfecto")));
		assertThat(done.next()).contains("/thanks");

		Answer again = this.customer.get(link);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("Esta encuesta ya se respondió con este enlace");

		this.surveys.signalOfResponse(null, invited.path("id").asLong());
		Map<String, Object> signal = this.jdbc.sql("""
				select s.customer_ref, s.csat, s.attributes::text as attributes from signal s
				join survey_response r on r.signal_id = s.id where r.invitation_id = ?""")
			.param(invited.path("id").asLong())
			.query()
			.singleRow();
		assertThat(signal.get("customer_ref")).isEqualTo("order-1001-ana");
		assertThat(((Number) signal.get("csat")).intValue()).isEqualTo(5);
		assertThat(signal.get("attributes").toString()).contains("\"order\": \"1001\"", "\"channel\": \"email\"");
	}

	@Test
	void aLinkOfAnotherSurveyIsRefused() {
		Survey other = this.surveys.anOpenSurvey(this.shop, "relational-nps", 0);
		String link = invite("c-other", null, Map.of()).json().path("link").asString();
		Answer refused = this.customer.get(link.replace(this.delivery.publicId(), other.publicId()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("another survey");
	}

	@Test
	void oneReminderGoesToThoseWhoDidNotAnswer() throws Exception {
		String email = "luis." + System.nanoTime() + "@example.test";
		invite("c-reminded", email, Map.of());
		mailTo(email);
		this.desk.sendReminders(Instant.now().plus(Duration.ofDays(4)));
		assertThat(mailsTo(email)).hasSize(2);
		assertThat(mailsTo(email).get(1).getSubject()).startsWith("Recordatorio");
		String reminderLink = find(LINK, GreenMailUtil.getBody(mailsTo(email).get(1)));
		assertThat(this.customer.get(reminderLink).next()).contains("/r/");
		this.desk.sendReminders(Instant.now().plus(Duration.ofDays(8)));
		assertThat(mailsTo(email)).as("only one reminder").hasSize(2);
	}

	@Test
	void unsubscribeStopsFutureMailForever() throws Exception {
		String email = "eva." + System.nanoTime() + "@example.test";
		invite("c-eva-1", email, Map.of());
		String unsubscribe = find(UNSUBSCRIBE, GreenMailUtil.getBody(mailTo(email)));
		assertThat(this.customer.get(unsubscribe).body()).contains("No enviarme más encuestas");
		String path = unsubscribe.substring(unsubscribe.indexOf("/s/"), unsubscribe.indexOf('?'));
		String token = unsubscribe.substring(unsubscribe.indexOf("t=") + 2);
		assertThat(this.customer.post(path, Map.of("t", List.of(token))).body()).contains("no recibirá más encuestas");

		JsonNode skipped = invite("c-eva-2", email.toUpperCase(), Map.of()).json();
		assertThat(skipped.path("status").asString()).isEqualTo("skipped");
		assertThat(skipped.path("reason").asString()).isEqualTo("unsubscribed");
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void contactRulesSkipARecentlySurveyedCustomerAndRecordTheReason() {
		assertThat(invite("c-frequent", null, Map.of()).status()).isEqualTo(201);
		ApiClient.Response second = invite("c-frequent", null, Map.of());
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().path("reason").asString()).isEqualTo("contacted-recently");
		assertThat(this.jdbc.sql("select skip_reason from survey_invitation where id = ?")
			.param(second.json().path("id").asLong())
			.query(String.class)
			.single()).isEqualTo("contacted-recently");
	}

	@Test
	void onlyKeysWithTheInviteScopeMayInviteAndOnlyInTheirWorkspace() {
		ApiClient reader = new ApiClient(this.port, this.fixtures.anApiKey(this.shop, ApiScope.READ));
		assertThat(reader.post("/api/v1/invitations", request("c-1", null, Map.of())).status()).isEqualTo(403);
		Team other = this.fixtures.aWorkspace("Otra");
		ApiClient foreign = new ApiClient(this.port, this.fixtures.anApiKey(other, ApiScope.INVITE));
		ApiClient.Response refused = foreign.post("/api/v1/invitations", request("c-1", null, Map.of()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("detail").asString()).contains("No open survey");
	}

	private ApiClient.Response invite(String customer, String email, Map<String, String> attributes) {
		return this.orderSystem.post("/api/v1/invitations", request(customer, email, attributes));
	}

	private Map<String, Object> request(String customer, String email, Map<String, String> attributes) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("touchpointKey", this.delivery.touchpointKey().toString(), "customerReference", customer,
						"language", "es", "attributes", attributes));
		if (email != null) {
			body.put("email", email);
		}
		return body;
	}

	private MimeMessage mailTo(String email) throws Exception {
		this.mail.waitForIncomingEmail(5000, 1);
		List<MimeMessage> messages = mailsTo(email);
		assertThat(messages).as("mail to " + email).isNotEmpty();
		return messages.getFirst();
	}

	private List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

}
