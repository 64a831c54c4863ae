package org.momentos.survey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.survey.Respondent.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer answers the relational NPS survey of a shop on its public page, without
 * JavaScript: page by page, with display logic, and the answer lands as a SURVEY signal
 * on the touchpoint. Tampered answers are refused and nothing of them is stored.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyResponseTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	Signals signals;

	@Autowired
	Surveys surveyWith;

	@Autowired
	JdbcClient jdbc;

	Team shop;

	Survey survey;

	Respondent respondent;

	@BeforeEach
	void anOpenNpsSurvey() {
		this.shop = this.surveys.aShopWithAPublishedJourney("Tienda");
		this.survey = this.surveys.anOpenSurvey(this.shop, "relational-nps", 0);
		this.respondent = new Respondent("localhost", this.port, "es-ES,es;q=0.9");
	}

	@Test
	void aDetractorAnswersPageByPageAndBecomesASignalOnTheTouchpoint() {
		String start = "/s/" + this.survey.publicId();
		Answer firstPage = this.respondent.get(start);
		assertThat(firstPage.status()).isEqualTo(200);
		assertThat(firstPage.body()).contains("lang=\"es\"", "¿Qué probabilidad hay de que nos recomiende",
				"Página 1 de 2");

		Answer saved = this.respondent.post(start + "?ch=qr", Map.of("q.nps", List.of("3")));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.next()).contains("/r/").contains("page=2");

		// Display logic: what went wrong is asked of a detractor, what they loved is not.
		Answer secondPage = this.respondent.get(saved.next());
		assertThat(secondPage.body()).contains("¿Qué salió mal?").doesNotContain("¿Qué es lo que más le gustó?");
		assertThat(secondPage.body()).as("answers saved page by page").contains("Página 2 de 2");

		String responsePath = saved.next().substring(0, saved.next().indexOf('?'));
		Answer done = this.respondent.post(responsePath,
				Map.of("page", List.of("2"), "q.went-wrong", List.of("El pedido llegó tarde y roto")));
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.next()).contains("/thanks");
		Answer thanks = this.respondent.get(done.next());
		assertThat(thanks.body()).contains("Sentimos no haber estado a la altura", "¿Podemos contactarle?");

		long signalId = this.surveys.signalOfResponse(responsePath.substring(responsePath.lastIndexOf('/') + 1), null);
		Signal signal = this.signals.find(this.shop.workspace().id(), new SignalId(signalId)).orElseThrow();
		assertThat(signal.source()).isEqualTo(SignalSource.SURVEY);
		assertThat(signal.scores().nps()).isEqualTo(3);
		assertThat(signal.text()).isEqualTo("El pedido llegó tarde y roto");
		assertThat(signal.touchpointKey()).isEqualTo(this.survey.touchpointKey());
		assertThat(signal.journeyVersion()).isEqualTo(1);
		assertThat(signal.language()).isEqualTo("es");
		assertThat(signal.attributes()).containsEntry("channel", "qr");
		assertThat(signal.externalId()).startsWith("response:");

		// A detractor consents to be contacted; the answer stays one signal.
		assertThat(this.respondent.post(responsePath + "/consent", Map.of()).status()).isEqualTo(302);
		assertThat(this.respondent.get(done.next()).body()).contains("Alguien de nuestro equipo le contactará");
	}

	@Test
	void theRespondentSwitchesToEnglishOnThePage() {
		Answer english = this.respondent.get("/s/" + this.survey.publicId() + "?lang=en");
		assertThat(english.body()).contains("lang=\"en\"", "How likely are you to recommend us", "Page 1 of 2");
	}

	@Test
	void missingRequiredAnswersAreAskedAgainAndNothingIsStored() {
		int before = responses();
		Answer again = this.respondent.post("/s/" + this.survey.publicId(), Map.of());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.body()).contains("Responda a esta pregunta");
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void tamperedAnswersAreRefusedAndNeverStored() {
		int before = responses();
		String start = "/s/" + this.survey.publicId();
		for (Map<String, List<String>> tampered : List.of(Map.of("q.nps", List.of("11")),
				Map.of("q.nps", List.of("-1")), Map.of("q.nps", List.of("diez")), Map.of("q.nps", List.of("3", "4")),
				Map.of("q.nps", List.of("9"), "q.loved", List.of("todo")))) {
			Answer refused = this.respondent.post(start, tampered);
			assertThat(refused.status()).as(tampered.toString()).isEqualTo(422);
			assertThat(refused.body()).contains("No pudimos aceptar su respuesta");
		}
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void anUnknownOptionIsRefused() {
		Survey delivery = this.surveys.anOpenSurvey(this.shop, "delivery-csat", 1);
		String start = "/s/" + delivery.publicId();
		Answer first = this.respondent.post(start, Map.of("q.csat", List.of("2")));
		assertThat(first.status()).isEqualTo(302);
		String path = first.next().substring(0, first.next().indexOf('?'));
		Answer refused = this.respondent.post(path,
				Map.of("page", List.of("2"), "q.issues", List.of("late", "stolen-by-aliens")));
		assertThat(refused.status()).isEqualTo(422);
		Answer accepted = this.respondent.post(path,
				Map.of("page", List.of("2"), "q.issues", List.of("late", "damaged")));
		assertThat(accepted.status()).isEqualTo(302);
	}

	@Test
	void aBrowserThatAnsweredIsThankedInsteadOfAskedAgainButItsAddressIsNotBlocked() {
		// Its own loopback address: a budget of requests of its own.
		Respondent browser = new Respondent("127.0.0.11", this.port, "es");
		String start = "/s/" + this.survey.publicId();
		Answer first = browser.post(start, Map.of("q.nps", List.of("10")));
		String path = first.next().substring(0, first.next().indexOf('?'));
		assertThat(browser.post(path, Map.of("page", List.of("2"))).next()).contains("/thanks");
		int before = responses();

		Answer again = browser.get(start);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("Ya respondió esta encuesta").doesNotContain("name=\"q.nps\"");
		assertThat(browser.post(start, Map.of("q.nps", List.of("1"))).body()).contains("Ya respondió esta encuesta");
		assertThat(responses()).isEqualTo(before);

		// Another browser at the same address (an office, a mobile network) may answer:
		// the address check is off unless configured (DuplicateAddressTests).
		Respondent colleague = new Respondent("127.0.0.11", this.port, "es");
		assertThat(colleague.get(start).body()).contains("name=\"q.nps\"");
		assertThat(colleague.post(start, Map.of("q.nps", List.of("7"))).status()).isEqualTo(302);
		assertThat(responses()).isEqualTo(before + 1);
	}

	@Test
	void aDraftOrUnknownSurveyIsNotAnswerable() {
		assertThat(this.respondent.get("/s/doesnotexist").status()).isEqualTo(404);
		assertThat(this.respondent.post("/s/doesnotexist", Map.of("q.nps", List.of("3"))).status()).isEqualTo(404);
	}

	@Test
	void theHoneypotStoresNothing() {
		int before = responses();
		Answer trapped = this.respondent.post("/s/" + this.survey.publicId(),
				Map.of("q.nps", List.of("10"), "website", List.of("http://spam.example")));
		assertThat(trapped.status()).isEqualTo(302);
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void answersPostedFromAnotherSiteAreRefused() {
		int before = responses();
		String start = "/s/" + this.survey.publicId();
		assertThat(this.respondent.postFrom("https://evil.example", start, Map.of("q.nps", List.of("0"))).status())
			.isEqualTo(403);
		assertThat(responses()).isEqualTo(before);
		assertThat(this.respondent.postFrom("http://localhost:" + this.port, start, Map.of("q.nps", List.of("8")))
			.status()).isEqualTo(302);
	}

	@Test
	void thePageIsSmall() {
		Answer page = this.respondent.get("/s/" + this.survey.publicId());
		Answer css = this.respondent.get("/css/survey.css");
		Answer js = this.respondent.get("/js/survey.js");
		int weight = page.body().getBytes().length + css.body().getBytes().length + js.body().getBytes().length;
		assertThat(weight).as("HTML + CSS + JS before images, uncompressed").isLessThan(50 * 1024);
	}

	@Test
	void anAnswerLargerThanTheLimitIsRefusedAndNothingStored() {
		int before = responses();
		Answer refused = new Respondent("127.0.0.8", this.port, "es").post("/s/" + this.survey.publicId(),
				Map.of("q.nps", List.of("5"), "q.went-wrong", List.of("x".repeat(70_000))));
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.body()).contains("lang=\"es\"");
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void everyRespondentIsInvitedToShareAReviewWhateverTheScore() {
		Survey reviewed = this.surveyWith.edit(this.shop.ownerAccess(), this.survey.id(), this.survey.version(),
				(definition) -> new SurveyDefinition(definition.title(), definition.intro(), definition.questions(),
						definition.thanks(), definition.thanksDetractor(), definition.thanksPromoter(),
						"https://reviews.example.org/tienda", definition.askContactConsent()));
		for (String score : List.of("0", "6", "7", "10")) {
			// Its own loopback address: a budget of requests of its own.
			Respondent someone = new Respondent("127.0.0.7", this.port, "es");
			Answer first = someone.post("/s/" + reviewed.publicId(), Map.of("q.nps", List.of(score)));
			String path = first.next().substring(0, first.next().indexOf('?'));
			Answer thanks = someone.get(someone.post(path, Map.of("page", List.of("2"))).next());
			assertThat(thanks.body()).as("NPS " + score)
				.contains("href=\"https://reviews.example.org/tienda\"", "Escribir una reseña pública");
		}
	}

	private int responses() {
		return this.jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(this.survey.id().value())
			.query(Integer.class)
			.single();
	}

}
