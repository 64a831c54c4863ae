package org.momentos.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.survey.Condition;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Respondent;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyFixtures;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.survey.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public response page meets WCAG 2.1 AA as axe-core checks it in a real browser, on
 * a phone, in both languages: every question type, the error state, the second page, the
 * thank-you page (with consent and review invitation), the "already answered" and the 429
 * pages. Any serious or critical violation fails. And the page stays small: the HTML, CSS
 * and JavaScript a phone actually downloads stay under 50 KB.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyAccessibilityBrowserTests {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final long PAGE_WEIGHT_LIMIT = 50 * 1024;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	SurveyFixtures fixtures;

	@Autowired
	Surveys surveys;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "en" })
	void everyStepOfAnswerIsAccessibleOnAPhone(String language) {
		Survey survey = everyQuestionType("Accesible " + language);
		try (BrowserContext context = browser.newPhoneContext(language, true)) {
			Page page = context.newPage();
			page.navigate(base() + "/s/" + survey.publicId() + "?lang=" + language);
			assertThat(page.locator("html")).hasAttribute("lang", language);
			assertAccessible(page, "page 1");

			// Sent empty (the browser's own check off): the error state.
			page.evaluate("document.querySelector('main form').noValidate = true");
			page.locator("button[type=submit]").click();
			assertThat(page.locator("p.error[role=alert]")).isVisible();
			assertAccessible(page, "page 1 with errors");

			page.locator("label[for=nps-2]").click();
			page.locator("label[for=csat-1]").click();
			page.locator("label[for=ces-3]").click();
			page.locator("label[for=stars-0]").click();
			page.locator("label[for=visit-0]").click();
			page.locator("label[for=liked-1]").click();
			page.locator("label[for=again-1]").click();
			page.locator("#name-text").fill("Ana");
			page.locator("#story-text").fill("La comida llegó fría.");
			page.locator("button[type=submit]").click();
			assertThat(page.locator(".progress")).containsText("2");
			assertAccessible(page, "page 2");

			page.locator("#wrong-text").fill("Tardaron mucho.");
			page.locator("button[type=submit]").click();
			assertThat(page.locator(".consent form")).isVisible();
			assertAccessible(page, "thank-you page");
			page.locator(".consent button").click();
			assertThat(page.locator(".consent [role=status]")).isVisible();
			assertAccessible(page, "thank-you page after consent");

			page.navigate(base() + "/s/" + survey.publicId() + "?lang=" + language);
			assertThat(page.locator("main [role=alert]")).isVisible();
			assertAccessible(page, "already answered");
		}
	}

	@Test
	void theTooManyRequestsPageIsAccessible() {
		Survey survey = everyQuestionType("Saturada");
		// From its own loopback address, so no other test's budget is spent; the browser
		// is then shown exactly what the server answered.
		Respondent flooding = new Respondent("127.0.0.5", this.port, "en");
		Respondent.Answer refused = null;
		for (int i = 0; i < 1500 && (refused == null || refused.status() != 429); i++) {
			refused = flooding.get("/s/" + survey.publicId());
		}
		assertThat(refused.status()).isEqualTo(429);
		String page429 = refused.body();
		try (BrowserContext context = browser.newPhoneContext("en-GB", true)) {
			Page page = context.newPage();
			String address = base() + "/s/" + survey.publicId() + "?flooded";
			page.route(address,
					(route) -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(429)
						.setContentType("text/html;charset=UTF-8")
						.setBody(page429)));
			assertThat(page.navigate(address).status()).isEqualTo(429);
			assertThat(page.locator("[role=alert]")).isVisible();
			assertAccessible(page, "429 page");
		}
	}

	@Test
	void aPhoneDownloadsLessThan50KilobytesBeforeImages() {
		Survey survey = everyQuestionType("Ligera");
		AtomicLong transferred = new AtomicLong();
		AtomicLong decoded = new AtomicLong();
		List<String> downloaded = new ArrayList<>();
		try (BrowserContext context = browser.newPhoneContext("es-ES", true)) {
			Page page = context.newPage();
			page.onRequestFinished((request) -> {
				String type = request.resourceType();
				if (List.of("document", "stylesheet", "script", "fetch", "xhr", "font").contains(type)) {
					transferred.addAndGet(request.sizes().responseBodySize + request.sizes().responseHeadersSize);
					decoded.addAndGet(request.response().body().length);
					downloaded.add(type + " " + request.url());
				}
			});
			page.navigate(base() + "/s/" + survey.publicId());
			page.waitForLoadState();
			assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(1);
		}
		System.out.printf(Locale.ROOT, "Survey page weight: %.1f KB transferred, %.1f KB uncompressed (%s)%n",
				transferred.get() / 1024.0, decoded.get() / 1024.0, downloaded);
		assertThat(downloaded).anyMatch((line) -> line.startsWith("stylesheet"))
			.anyMatch((line) -> line.startsWith("script"));
		assertThat(transferred.get()).isPositive().isLessThan(PAGE_WEIGHT_LIMIT);
		assertThat(decoded.get()).isLessThan(PAGE_WEIGHT_LIMIT);
	}

	private static void assertAccessible(Page page, String what) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(results.getErrorMessage()).as("axe-core ran on " + what).isNull();
		assertThat(results.getPasses()).as("axe-core checked " + what).isNotEmpty();
		results.getViolations().forEach((rule) -> System.out.println("axe-core on " + what + ": " + describe(rule)));
		List<String> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(SurveyAccessibilityBrowserTests::describe)
			.toList();
		assertThat(serious).as("serious or critical WCAG 2.1 AA violations on " + what + " (" + page.url() + ")")
			.isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList();
	}

	/**
	 * One question of every type on page one, all required; an open question on page two
	 * shown to detractors only; a review invitation and consent to be contacted.
	 */
	private Survey everyQuestionType(String name) {
		Team team = this.fixtures.aShopWithAPublishedJourney(name + " " + UUID.randomUUID().toString().substring(0, 6));
		List<Option> visits = List.of(new Option("first", new Text("Primera vez", "First time")),
				new Option("again", new Text("He vuelto", "I came back")));
		List<Option> liked = List.of(new Option("food", new Text("La comida", "The food")),
				new Option("staff", new Text("El personal", "The staff")),
				new Option("price", new Text("El precio", "The price")));
		List<Question> questions = List
			.of(question("nps", QuestionType.NPS, "¿Nos recomendaría?", "Would you recommend us?", List.of()),
					question("csat", QuestionType.CSAT, "¿Qué tan satisfecho está?", "How satisfied are you?",
							List.of()),
					question("ces", QuestionType.CES, "¿Fue fácil?", "Was it easy?", List.of()),
					question("stars", QuestionType.STAR_RATING, "¿Cuántas estrellas?", "How many stars?", List.of()),
					question("visit", QuestionType.SINGLE_CHOICE, "¿Es su primera visita?", "Is this your first visit?",
							visits),
					question("liked", QuestionType.MULTIPLE_CHOICE, "¿Qué le gustó?", "What did you like?", liked),
					question("again", QuestionType.YES_NO, "¿Volvería?", "Would you come back?", List.of()),
					question("name", QuestionType.SHORT_TEXT, "Su nombre", "Your name", List.of()),
					question("story", QuestionType.LONG_TEXT, "Cuéntenos su visita", "Tell us about your visit",
							List.of()),
					new Question("wrong", QuestionType.LONG_TEXT, new Text("¿Qué salió mal?", "What went wrong?"),
							new Text("Opcional", "Optional"), false, 2, List.of(), new Condition("nps", 0, 6, null)));
		SurveyDefinition definition = new SurveyDefinition(new Text("Su visita", "Your visit"),
				new Text("Dos minutos, dos páginas.", "Two minutes, two pages."), questions,
				new Text("Gracias.", "Thank you."), null, null, "https://reviews.example.org/bistro", true);
		SurveyId id = this.surveys.create(team.ownerAccess(), name, this.fixtures.aTouchpoint(team, 0).touchpointKey(),
				definition);
		this.surveys.open(team.ownerAccess(), id);
		return this.surveys.get(team.ownerAccess(), id);
	}

	private static Question question(String key, QuestionType type, String es, String en, List<Option> options) {
		return new Question(key, type, new Text(es, en), new Text("Ayuda: " + es, "Help: " + en), true, 1, options,
				null);
	}

	private String base() {
		return "http://127.0.0.3:" + this.port;
	}

}
