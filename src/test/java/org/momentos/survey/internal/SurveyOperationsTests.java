package org.momentos.survey.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.survey.Respondent;
import org.momentos.survey.Respondent.Answer;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What keeps the public pages honest (rate limits, one answer per browser, resuming a
 * partial answer), what becomes of abandoned answers, and what the team gets out:
 * results, exports, QR codes, JSON export and import.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyOperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	Respondents respondents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Team shop;

	Survey survey;

	@BeforeEach
	void anOpenSurvey() {
		this.shop = this.surveys.aShopWithAPublishedJourney("Operaciones");
		this.survey = this.surveys.anOpenSurvey(this.shop, "relational-nps", 0);
	}

	@Test
	void tooManyRequestsFromOneAddressGetAFriendly429() {
		// Another loopback address, so the other tests' budget of 127.0.0.1 is untouched.
		Respondent flooding = new Respondent("127.0.0.2", this.port, "es");
		Answer last = null;
		for (int i = 0; i < 1500 && (last == null || last.status() != 429); i++) {
			last = flooding.get("/s/" + this.survey.publicId());
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.retryAfter()).isEqualTo("60");
		assertThat(last.body()).contains("Llegan demasiadas respuestas desde su conexión");
	}

	@Test
	void aBrowserResumesItsPartialAnswerAndAnswersOnlyOnce() {
		Respondent browser = new Respondent("localhost", this.port, "en");
		String start = "/s/" + this.survey.publicId();
		Answer first = browser.post(start, Map.of("q.nps", List.of("8")));
		Answer resumed = browser.get(start);
		assertThat(resumed.status()).isEqualTo(302);
		assertThat(resumed.next()).startsWith(first.next().substring(0, first.next().indexOf('?')));
		String path = first.next().substring(0, first.next().indexOf('?'));
		assertThat(browser.post(path, Map.of("page", List.of("2"))).next()).contains("/thanks");
		Answer again = browser.get(start);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("You have already answered this survey");
		assertThat(browser.post(start, Map.of("q.nps", List.of("8"))).body())
			.contains("You have already answered this survey");
	}

	@Test
	void anAbandonedAnswerBecomesAPartialSignalOnce() {
		Respondent browser = new Respondent("localhost", this.port, "es");
		Answer first = browser.post("/s/" + this.survey.publicId(), Map.of("q.nps", List.of("4")));
		String token = first.next().substring(first.next().indexOf("/r/") + 3, first.next().indexOf('?'));
		Instant later = Instant.now().plus(Duration.ofHours(1));
		this.respondents.convertAbandoned(later);
		this.respondents.convertAbandoned(later);
		Map<String, Object> converted = this.jdbc.sql("""
				select r.status, s.nps, s.attributes ->> 'complete' as complete,
				  (select count(*) from signal x where x.external_id = 'response:' || r.id) as signals
				from survey_response r join signal s on s.id = r.signal_id where r.token = ?""")
			.param(token)
			.query()
			.singleRow();
		assertThat(converted).containsEntry("status", "PARTIAL").containsEntry("complete", "false");
		assertThat(((Number) converted.get("nps")).intValue()).isEqualTo(4);
		assertThat(((Number) converted.get("signals")).intValue()).isEqualTo(1);
	}

	@Test
	void resultsShowTheScoresAndExportAsCsvAndXlsx() throws Exception {
		Respondent browser = new Respondent("localhost", this.port, "es");
		for (String score : List.of("10", "9", "3")) {
			Answer first = new Respondent("localhost", this.port, "es").post("/s/" + this.survey.publicId(),
					Map.of("q.nps", List.of(score)));
			String path = first.next().substring(0, first.next().indexOf('?'));
			browser.post(path,
					"3".equals(score)
							? Map.of("page", List.of("2"), "q.went-wrong", List.of("Nadie contestó al teléfono"))
							: Map.of("page", List.of("2")));
		}
		String base = "/w/" + this.shop.slug() + "/surveys/" + this.survey.id();
		String html = this.mvc
			.perform(get(base + "/results").header("Accept-Language", "en").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("3 responses: 3 complete, 0 partial.", "NPS 33.3");
		// Per channel, the distribution of every score, the open answers.
		assertThat(html.replaceAll("\\s+", "")).contains("<td>link</td><td>—</td><td>3</td><td>3</td>",
				"<td>10</td><td>1</td>", "<td>9</td><td>1</td>", "<td>3</td><td>1</td>", "<td>0</td><td>0</td>");
		assertThat(html).contains("Nadie contestó al teléfono");
		String csv = this.mvc.perform(get(base + "/results.csv").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(4);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("response,status,channel,language")
			.endsWith("nps,went-wrong,loved,improve");
		byte[] xlsx = this.mvc.perform(get(base + "/results.xlsx").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Test
	void qrCodesArePrintable() throws Exception {
		String base = "/w/" + this.shop.slug() + "/surveys/" + this.survey.id();
		byte[] png = this.mvc.perform(get(base + "/qr.png").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth())
			.isGreaterThanOrEqualTo(900);
		String svg = this.mvc.perform(get(base + "/qr.svg").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(svg).startsWith("<svg").contains("<path");
	}

	@Test
	void aSurveyExportedAsJsonImportsBackTheSame() throws Exception {
		String base = "/w/" + this.shop.slug() + "/surveys";
		byte[] exported = this.mvc
			.perform(get(base + "/" + this.survey.id() + "/export.json").with(user(this.shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, StandardCharsets.UTF_8)).contains("\"format\" : \"momentos-survey\"");
		String location = this.mvc
			.perform(multipart(base + "/import")
				.file(new MockMultipartFile("file", "nps.json", "application/json", exported))
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long imported = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String definition = this.jdbc.sql("select definition::text from survey where id = ?")
			.param(imported)
			.query(String.class)
			.single();
		assertThat(SurveyJson.definition(definition)).isEqualTo(this.survey.definition());
		assertThat(this.jdbc.sql("select touchpoint_key from survey where id = ?")
			.param(imported)
			.query(java.util.UUID.class)
			.single()).isEqualTo(this.survey.touchpointKey());
	}

	@Test
	void aQualtricsExportImportsThroughTheWebWithItsReport() throws Exception {
		byte[] qsf = getClass().getResourceAsStream("/survey/qualtrics-restaurant.qsf").readAllBytes();
		String base = "/w/" + this.shop.slug() + "/surveys";
		var result = this.mvc
			.perform(multipart(base + "/import").file(new MockMultipartFile("file", "restaurant.qsf", null, qsf))
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).matches(".*/surveys/\\d+");
		assertThat(result.getFlashMap().get("skipped")).asList().hasSize(4);
	}

}
