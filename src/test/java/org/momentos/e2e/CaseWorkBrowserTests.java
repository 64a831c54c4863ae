package org.momentos.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.e2e.Pages.LoginPage;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.Cases;
import org.momentos.recovery.NewCase;
import org.momentos.recovery.Priority;
import org.momentos.workspace.Role;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An agent works a complaint in a real browser: finds it in her inbox, opens it, logs the
 * call, records a refund, resolves it; a second agent with a stale page gets the conflict
 * message; the dashboard shows the compensation.
 */
@MomentosTest
@Import(Fixtures.class)
class CaseWorkBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void anAgentWorksACaseFromTheInboxToResolution() throws Exception {
		Team shop = this.fixtures.aWorkspace("Tienda casos");
		MomentosUser lucia = this.fixtures.aMember(shop, Role.AGENT);
		CaseId id = this.cases.open(shop.ownerAccess(), new NewCase("Me cobraron dos veces y nadie contesta",
				"cliente-81@example.test", null, null, Priority.CRITICAL, lucia.email(), "Finanzas"));
		try (BrowserContext context = browser.newContext("es-ES"); BrowserContext admin = browser.newContext("es-ES")) {
			Page page = context.newPage();
			new LoginPage(page, baseUrl()).logIn(lucia.email(), Fixtures.PASSWORD);
			Page adminPage = admin.newPage();
			new LoginPage(adminPage, baseUrl()).logIn(shop.owner().email(), Fixtures.PASSWORD);

			// Her inbox lists the case; she opens it with the keyboard.
			page.navigate(baseUrl() + "/w/" + shop.slug() + "/cases");
			assertThat(page.locator("h1")).hasText("Casos");
			Locator link = page.locator("a.case-link", new Page.LocatorOptions().setHasText("Me cobraron dos veces"));
			link.focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("h1")).containsText("Me cobraron dos veces");
			assertThat(page.locator("#case-state")).hasText("Abierto");

			// The admin has the same page open (same version) in another browser.
			adminPage.navigate(page.url().replace(lucia.email(), ""));

			// She logs the call: the case is contacted.
			page.locator("#contact-outcome").selectOption("REACHED");
			page.locator("#contact-text").fill("Le pido disculpas; el cargo duplicado está confirmado");
			page.locator("#contact-form button[type=submit]").click();
			assertThat(page.locator(".alert.success")).containsText("Contacto registrado");
			assertThat(page.locator("#case-state")).hasText("Contactado");

			// The admin's note, sent from the stale page, is refused with a clear
			// message.
			adminPage.locator("#note-text").fill("Revisad el TPV");
			adminPage.locator("#note-form button[type=submit]").click();
			assertThat(adminPage.locator(".alert.error")).containsText("Otra persona cambió este caso");

			// She records the refund and resolves the case.
			page.locator("#comp-kind").selectOption("REFUND");
			page.locator("#comp-amount").fill("39.90");
			page.locator("#compensation-form button[type=submit]").click();
			assertThat(page.locator(".alert.success")).containsText("Compensación registrada");
			page.locator("#transitions form:has(input[value=RESOLVED]) button").click();
			assertThat(page.locator("#case-state")).hasText("Resuelto");
			assertThat(page.locator("ol.timeline")).containsText("Reembolso");
			assertThat(page.locator("ol.timeline")).containsText("39.90 EUR");

			Path artifacts = Path.of("target", "test-artifacts");
			Files.createDirectories(artifacts);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(artifacts.resolve("recovery-case.png")).setFullPage(true));

			// The dashboard shows what was spent.
			page.navigate(baseUrl() + "/w/" + shop.slug() + "/recovery");
			assertThat(page.locator(".recovery-kpis")).containsText("39.90 EUR");
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
