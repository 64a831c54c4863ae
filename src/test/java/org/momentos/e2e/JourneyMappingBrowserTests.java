package org.momentos.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.e2e.Pages.EditorPage;
import org.momentos.e2e.Pages.LoginPage;
import org.momentos.e2e.Pages.MapPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CX manager maps her business in a real browser: logs in, starts from the online-shop
 * template in Spanish, edits a touchpoint, reorders stages, publishes, exports the map
 * and switches to English. A screenshot of the map is kept in target/test-artifacts.
 */
@MomentosTest
@Import(Fixtures.class)
class JourneyMappingBrowserTests {

	static final Path ARTIFACTS = Path.of("target", "test-artifacts");

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void mapsAJourneyFromATemplateEditsPublishesAndExportsIt() throws IOException {
		Team shop = this.fixtures.aWorkspace("Tienda");
		try (BrowserContext context = browser.newContext("es-ES")) {
			Page page = context.newPage();
			new LoginPage(page, baseUrl()).logIn(shop.owner().email(), Fixtures.PASSWORD);
			assertThat(page.locator("h1")).hasText("Recorridos");

			// She starts from the online-shop template, mapped in Spanish.
			EditorPage editor = new Pages.JourneysPage(page).createFromTemplate("online-shop", "es");
			assertThat(editor.stageTitles().first()).containsText("Búsqueda e inspiración");

			// She renames the first touchpoint of the delivery stage to her own words.
			editor.renameFirstTouchpointOfStage(2, "Email de confirmación con número de seguimiento");
			assertThat(page.locator(".alert.success")).containsText("Guardado");
			assertThat(
					page.locator("li.touchpoint .title").getByText("Email de confirmación con número de seguimiento"))
				.isVisible();

			// She moves the first stage one place later, with the keyboard-reachable
			// button.
			String first = editor.stageTitles().nth(0).innerText();
			String second = editor.stageTitles().nth(1).innerText();
			editor.moveStageLater(0);
			assertThat(editor.stageTitles().nth(0)).containsText(second.replaceFirst("^\\d+\\. ", ""));
			assertThat(editor.stageTitles().nth(1)).containsText(first.replaceFirst("^\\d+\\. ", ""));

			Files.createDirectories(ARTIFACTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(ARTIFACTS.resolve("journey-editor.png")));

			// She publishes version 1 and sees the map.
			MapPage map = editor.publish();
			assertThat(page.locator(".alert.success")).containsText("Versión 1 publicada");
			assertThat(map.map()).isVisible();
			assertThat(map.map()).containsText("Email de confirmación");
			page.setViewportSize(1900, 1300);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(ARTIFACTS.resolve("journey-map.png")).setFullPage(true));
			page.setViewportSize(1440, 900);

			// She downloads the map as SVG and PDF for the board meeting.
			Path svg = map.download("Descargar SVG", ARTIFACTS);
			assertThat(Files.readString(svg)).startsWith("<?xml").contains("Email de confirmación");
			Path pdf = map.download("Descargar PDF", ARTIFACTS);
			assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

			// She switches the interface to English; the map's labels follow.
			map.switchLanguageTo("en");
			assertThat(page.locator("nav")).containsText("Journeys");
			assertThat(map.map()).containsText("Moment of truth");
		}
	}

	@Test
	void aSecondEditorCannotOverwriteTheFirstOnesChange() {
		Team shop = this.fixtures.aWorkspace("Concurrent");
		var journey = this.fixtures.aJourneyFromTemplate(shop, "restaurant", java.util.Locale.ENGLISH);
		String editorUrl = baseUrl() + "/w/" + shop.slug() + "/journeys/" + journey + "/edit";
		try (BrowserContext ana = browser.newContext("en-GB"); BrowserContext luis = browser.newContext("en-GB")) {
			Page anaPage = ana.newPage();
			Page luisPage = luis.newPage();
			new LoginPage(anaPage, baseUrl()).logIn(shop.owner().email(), Fixtures.PASSWORD);
			new LoginPage(luisPage, baseUrl()).logIn(shop.owner().email(), Fixtures.PASSWORD);
			anaPage.navigate(editorUrl);
			luisPage.navigate(editorUrl);

			new EditorPage(anaPage).renameFirstTouchpointOfStage(0, "Ana's name");
			assertThat(anaPage.locator(".alert.success")).isVisible();

			new EditorPage(luisPage).renameFirstTouchpointOfStage(0, "Luis's name");
			assertThat(luisPage.locator(".alert.error")).containsText("Someone else changed this journey");
			assertThat(luisPage.locator("li.touchpoint .title").first()).hasText("Ana's name");
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
