package org.momentos.e2e;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.sun.net.httpserver.HttpServer;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers answer on a phone, in Spanish: with JavaScript (and the keyboard) and without
 * it; display logic follows their score; a reload keeps the answers given so far. A CX
 * manager builds a survey and previews it as respondents will see it.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aDetractorAnswersOnAPhoneWithJavaScriptAndTheKeyboard() throws Exception {
		Survey survey = anNpsSurvey("Bistro");
		try (BrowserContext context = browser.newPhoneContext("es-ES", true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/s/" + survey.publicId() + "?ch=qr");
			assertThat(page.locator("h1")).hasText("¿Qué tal le va con nosotros?");
			assertThat(page.locator(".progress")).containsText("Página 1 de 2");

			// Keyboard only: focus the scale, move to 3 with the arrow keys, send with
			// Enter.
			page.locator("#nps-0").focus();
			for (int i = 0; i < 3; i++) {
				page.keyboard().press("ArrowRight");
			}
			assertThat(page.locator("#nps-3")).isChecked();
			page.keyboard().press("Enter");

			assertThat(page.locator(".progress")).containsText("Página 2 de 2");
			assertThat(page.getByText("¿Qué salió mal? ¿Qué deberíamos mejorar?")).isVisible();
			assertThat(page.getByText("¿Qué es lo que más le gustó?")).hasCount(0);

			// A reload keeps what was saved; going back shows the score given.
			page.reload();
			assertThat(page.locator(".progress")).containsText("Página 2 de 2");
			page.navigate(page.url().replace("page=2", "page=1"));
			assertThat(page.locator("#nps-3")).isChecked();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Siguiente")).click();

			page.getByLabel("¿Qué salió mal? ¿Qué deberíamos mejorar?").fill("La comida llegó fría.");
			Files.createDirectories(JourneyMappingBrowserTests.ARTIFACTS);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(JourneyMappingBrowserTests.ARTIFACTS.resolve("survey-phone.png"))
				.setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar")).click();
			assertThat(page.locator(".thanks")).hasText("Sentimos no haber estado a la altura. Leemos cada respuesta.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sí, contáctenme")).click();
			assertThat(page.locator(".consent")).containsText("Alguien de nuestro equipo le contactará");
		}
	}

	@Test
	void aPromoterAnswersOnAPhoneWithoutJavaScript() {
		Survey survey = anNpsSurvey("Cafe");
		try (BrowserContext context = browser.newPhoneContext("es-ES", false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/s/" + survey.publicId());
			page.locator("label[for=nps-10]").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Siguiente")).click();
			assertThat(page.getByText("¿Qué es lo que más le gustó?")).isVisible();
			assertThat(page.getByText("¿Qué salió mal?")).hasCount(0);
			page.reload();
			assertThat(page.getByText("¿Qué es lo que más le gustó?")).isVisible();
			page.getByLabel("¿Qué es lo que más le gustó?").fill("El trato del camarero.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar")).click();
			assertThat(page.locator(".thanks")).hasText("¡Gracias por su confianza!");
			assertThat(page.locator(".consent")).hasCount(0);

			// The page speaks English on request.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
			assertThat(page.locator(".thanks")).hasText("Thank you for your trust!");
			assertThat(page.locator("html")).hasAttribute("lang", "en");
		}
	}

	@Test
	void aManagerBuildsASurveyAndPreviewsIt() {
		Team team = this.surveys.aShopWithAPublishedJourney("Constructor");
		try (BrowserContext context = browser.newContext("es-ES")) {
			Page page = context.newPage();
			new Pages.LoginPage(page, baseUrl()).logIn(team.owner().email(), Fixtures.PASSWORD);
			assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
			assertThat(page.locator("h1")).isVisible();
			page.navigate(baseUrl() + "/w/" + team.slug() + "/surveys");
			page.locator("#survey-name").fill("Entrega");
			page.locator("#survey-template").selectOption("delivery-csat");
			page.locator("#survey-touchpoint")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear encuesta")).click();
			assertThat(page.locator("h1")).hasText("Entrega");

			page.locator("#new-type").selectOption("YES_NO");
			page.locator("#new-textEs").fill("¿Volvería a comprar?");
			page.locator("#new-textEn").fill("Would you buy again?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Añadir una pregunta")).click();
			assertThat(page.locator(".alert.success")).containsText("Guardado");
			assertThat(page.locator("#question-yes-no")).containsText("¿Volvería a comprar?");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir para respuestas")).click();
			assertThat(page.locator(".badge").first()).hasText("Abierta");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vista previa en inglés")).click();
			assertThat(page.locator(".preview-banner")).isVisible();
			assertThat(page.getByText("How satisfied are you with the delivery of your order?")).isVisible();
			page.locator("label[for=csat-1]").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
			assertThat(page.getByText("Was there any problem?")).isVisible();
			assertThat(page.getByText("Would you buy again?")).isVisible();
		}
	}

	@Test
	void aCustomerAnswersThroughTheEmbedOnAnotherSite() throws Exception {
		Team team = this.surveys.aShopWithAPublishedJourney("Incrustada");
		Survey survey = this.surveys.anOpenSurvey(team, "relational-nps", 0);
		try (BrowserContext context = browser.newContext("es-ES")) {
			Page manager = context.newPage();
			new Pages.LoginPage(manager, baseUrl()).logIn(team.owner().email(), Fixtures.PASSWORD);
			assertThat(manager).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
			manager.navigate(baseUrl() + "/w/" + team.slug() + "/surveys/" + survey.id() + "/distribute");
			String snippet = manager.locator("#embed-code-es").inputValue();

			// The shop's own page, on its own local server (Chromium lets only local
			// pages
			// frame local addresses), with the snippet pasted in.
			byte[] home = ("<!DOCTYPE html><html lang=\"es\"><head><title>Tienda</title></head><body>"
					+ "<h1>Tienda</h1>" + snippet + "</body></html>")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			HttpServer shopSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			shopSite.createContext("/", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
				exchange.sendResponseHeaders(200, home.length);
				exchange.getResponseBody().write(home);
				exchange.close();
			});
			shopSite.start();
			try {
				Page shop = context.newPage();
				shop.navigate("http://127.0.0.1:" + shopSite.getAddress().getPort() + "/");
				Locator frame = shop.locator("iframe[data-momentos-survey]");
				FrameLocator embedded = shop.frameLocator("iframe[data-momentos-survey]");
				assertThat(embedded.locator("h1")).hasText("¿Qué tal le va con nosotros?");
				assertThat(frame).hasAttribute("title", "Encuesta: ¿Qué tal le va con nosotros?");
				embedded.locator("label[for=nps-9]").click();
				embedded.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Siguiente")).click();
				assertThat(embedded.getByText("¿Qué es lo que más le gustó?")).isVisible();
				// The small script of the snippet fits the frame to the survey page.
				assertThat(frame).hasAttribute("style", java.util.regex.Pattern.compile("; height: \\d+px"));
				// The snippet's script resizes the frame each time the survey page
				// changes; a click aimed by coordinates while it resizes can miss the
				// button (on a busy 2-core machine the thanks page at times never came,
				// even in 15 s), so the button is pressed from the keyboard, as a
				// keyboard user sends the form.
				embedded.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Enviar"))
					.press("Enter");
				assertThat(embedded.locator(".thanks"))
					.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
			}
			finally {
				shopSite.stop(0);
			}
		}
		assertThat(this.jdbc.sql("select channel from survey_response where survey_id = ? and status = 'COMPLETE'")
			.param(survey.id().value())
			.query(String.class)
			.list()).containsExactly("embed");
	}

	private Survey anNpsSurvey(String name) {
		Team team = this.surveys.aShopWithAPublishedJourney(name);
		return this.surveys.anOpenSurvey(team, "relational-nps", 0);
	}

	/**
	 * An address of its own, as {@link SurveyAccessibilityBrowserTests} has: the public
	 * survey pages count requests per address, and these tests should not share that
	 * count with whatever else the shared application context serves on 127.0.0.1.
	 */
	private String baseUrl() {
		return "http://127.0.0.6:" + this.port;
	}

	static {
		Path.of("target").toFile().mkdirs();
	}

}
