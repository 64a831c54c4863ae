package org.momentos.e2e;

import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.e2e.Pages.LoginPage;
import org.momentos.insight.Enrichments;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An analyst opens the analysis of a review in her language and sees why it got its
 * label: the aspects marked in the text with their polarity, and the rating the customer
 * wrote in it, which decides the sentiment.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalAnalysisBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Enrichments enrichments;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource(delimiter = '|',
			textBlock = """
					en-GB | Lovely flavour and quick delivery, but I gave it 3 stars because the box arrived crushed | neutral  | 3 of 5 stars
					es-ES | Buen sabor y entrega rápida, pero le doy 2 estrellas porque la caja llegó aplastada      | negativo | 2 de 5 estrellas
					en-GB | Gave a 7 because the app keeps logging me out, but the staff were lovely          | neutral  | 7 of 10
					""")
	void theAnalysisShowsTheAspectsAndTheRatingThatDecidedTheLabel(String locale, String review, String label,
			String rating) {
		Team team = this.fixtures.aWorkspace("Analysis " + locale);
		SignalId signal = aReviewAnalysed(team, review);

		try (BrowserContext context = browser.newContext(locale)) {
			Page page = analysisPage(context, team, signal);

			assertThat(page.locator("blockquote.analysed-text"))
				.containsText(review.substring(review.lastIndexOf(" ") + 1));
			assertThat(page.locator("mark.aspect-positive").first()).isVisible();
			assertThat(page.locator("mark.aspect-negative").first()).isVisible();
			assertThat(page.locator(".analysis-facts .polarity").first()).hasText(label);
			assertThat(page.locator(".stated-rating")).containsText(rating);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "test-artifacts", "signal-analysis-" + locale + ".png"))
				.setFullPage(true));
		}
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource(delimiter = '|', textBlock = """
			en-GB | The room was lovely but the breakfast was cold
			es-ES | La habitación preciosa pero el desayuno frío
			""")
	void aTextWithoutARatingShowsNone(String locale, String review) {
		Team team = this.fixtures.aWorkspace("No rating " + locale);
		SignalId signal = aReviewAnalysed(team, review);

		try (BrowserContext context = browser.newContext(locale)) {
			Page page = analysisPage(context, team, signal);

			assertThat(page.locator("mark.aspect").first()).isVisible();
			assertThat(page.locator(".stated-rating")).hasCount(0);
		}
	}

	private SignalId aReviewAnalysed(Team team, String review) {
		Receipt receipt = this.signals.receive(team.workspace().id(), new NewSignal(SignalSource.REVIEW, null, null,
				null, Scores.NONE, null, review, null, null, null, null));
		SignalId signal = ((Receipt.Accepted) receipt).signal();
		Fixtures.await(() -> this.enrichments.of(team.workspace().id(), signal), Duration.ofSeconds(10));
		return signal;
	}

	/** The owner logs in and opens the analysis of the signal. */
	private Page analysisPage(BrowserContext context, Team team, SignalId signal) {
		Page page = context.newPage();
		new LoginPage(page, baseUrl()).logIn(team.owner().email(), Fixtures.PASSWORD);
		page.navigate(baseUrl() + "/w/" + team.slug() + "/signals/" + signal + "/analysis");
		return page;
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
