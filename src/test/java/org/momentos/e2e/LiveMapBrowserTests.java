package org.momentos.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.demo.DemoData;
import org.momentos.e2e.Pages.ExplorerPage;
import org.momentos.e2e.Pages.LiveMapPage;
import org.momentos.e2e.Pages.LoginPage;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Touchpoint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CX manager on demo data: opens the live journey map on the week of the planted
 * billing incident, clicks the pain point of an account touchpoint, lands on exactly the
 * signals behind it, searches "cobro" and exports what she found.
 */
@MomentosTest
@Import(Fixtures.class)
class LiveMapBrowserTests {

	// Enough for the incident's phrases to stand out whatever the time of day the data is
	// generated at (with 4,000 the week's edges moved "cobro" in and out of
	// significance).
	static final int DEMO_SIGNALS = 8_000;

	static final int DEMO_DAYS = 42;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journeys journeys;

	@Autowired
	DemoData demoData;

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
	void fromAPainPointToTheSignalsBehindItToAnExport() throws Exception {
		Team shop = this.fixtures.aWorkspace("Tienda demo");
		JourneyId id = this.journeys.createFromTemplate(shop.ownerAccess(), "online-shop", "Aurora Shop",
				Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), id, this.journeys.get(shop.ownerAccess(), id).revision());
		Instant started = Instant.now();
		long stored = this.demoData.load(shop.ownerAccess(), DEMO_SIGNALS, DEMO_DAYS, (done) -> {
		});
		awaitVerdicts(shop, stored);
		System.out.println("demo data: " + stored + " signals judged in " + Duration.between(started, Instant.now()));
		Journey journey = this.journeys.get(shop.ownerAccess(), id);
		List<UUID> accountTouchpoints = journey.current()
			.map()
			.stages()
			.stream()
			.filter((stage) -> stage.momentKind() == MomentKind.RELATIONSHIP)
			.flatMap((stage) -> stage.touchpoints().stream())
			.map(Touchpoint::key)
			.toList();
		// The planted incident: a week of double charges, three weeks before today.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate from = today.minusDays(20);
		LocalDate to = today.minusDays(15);

		try (BrowserContext context = browser.newContext("es-ES")) {
			Page page = context.newPage();
			new LoginPage(page, baseUrl()).logIn(shop.owner().email(), Fixtures.PASSWORD);
			LiveMapPage map = new LiveMapPage(page);
			map.open(baseUrl(), shop.slug(), id.value());
			map.showPeriod(from, to);
			assertThat(page.locator("#live-map svg")).isVisible();
			assertThat(map.painPoints().first()).isVisible();
			Locator painPoint = map.painPoints()
				.all()
				.stream()
				.filter((card) -> accountTouchpoints.stream()
					.anyMatch((key) -> card.getAttribute("href").contains(key.toString())))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no account touchpoint is a pain point in the incident week"));
			UUID touchpoint = UUID.fromString(painPoint.getAttribute("href").replaceAll(".*touchpoint=", ""));
			long signalsOnTheCard = figureOf(painPoint.textContent());

			ExplorerPage explorer = map.open(painPoint);
			assertThat(explorer.count()).hasText(signalsOnTheCard + " señales");
			assertThat(page.locator("#touchpoint option[selected]")).hasAttribute("value", touchpoint.toString());

			explorer.search("cobro");
			assertThat(explorer.results().first()).isVisible();
			long found = Long.parseLong(explorer.count().innerText().replaceAll("\\D", ""));
			assertThat(found).isPositive().isLessThan(signalsOnTheCard);
			assertThat(explorer.results().first().locator("mark").first()).isVisible();

			Path artifacts = Path.of("target", "test-artifacts");
			Path csv = explorer.export("Exportar CSV", artifacts);
			List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
				.getRecords();
			assertThat(rows).hasSize((int) found);
			assertThat(rows).allSatisfy((row) -> {
				assertThat(row.get("touchpoint")).isEqualTo(touchpoint.toString());
				assertThat(row.get("text").toLowerCase(Locale.ROOT)).contains("cobr");
				LocalDate day = Instant.parse(row.get("occurred_at")).atZone(ZoneOffset.UTC).toLocalDate();
				assertThat(day).isBetween(from, to);
			});
			Path xlsx = explorer.export("Exportar Excel", artifacts);
			try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
				assertThat(workbook.getFirstSheet().read()).hasSize((int) found + 1);
			}

			// Back on the map, the weekly dashboard of the incident week.
			page.goBack();
			page.goBack();
			assertThat(map.painPoints().first()).isVisible();
			screenshot(page, "live-journey-map.png", false);
			page.getByText("Panel semanal").click();
			assertThat(page.locator("h1")).containsText("La semana de Aurora Shop");
			assertThat(page.locator("#nps-trend svg polyline")).isVisible();
			assertThat(page.locator("#emotion-curve svg polyline").first()).isVisible();
			assertThat(page.locator(".emerging-phrase h3", new Page.LocatorOptions().setHasText("cobr")).first())
				.isVisible();
			screenshot(page, "weekly-dashboard.png", true);
		}
	}

	/**
	 * Keeps a screenshot in target/test-artifacts, and in the folder named by the system
	 * property {@code momentos.screenshots} when set (the README's images: see
	 * docs/analytics.md).
	 */
	private static void screenshot(Page page, String name, boolean fullPage) throws java.io.IOException {
		List<Path> folders = new java.util.ArrayList<>(List.of(Path.of("target", "test-artifacts")));
		String wanted = System.getProperty("momentos.screenshots");
		if (wanted != null && !wanted.isBlank()) {
			folders.add(Path.of(wanted));
		}
		for (Path folder : folders) {
			Files.createDirectories(folder);
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(fullPage));
		}
	}

	private static long figureOf(String card) {
		Matcher n = Pattern.compile("n=(\\d+)").matcher(card);
		if (!n.find()) {
			throw new AssertionError("no signal count on the card: " + card);
		}
		return Long.parseLong(n.group(1));
	}

	private void awaitVerdicts(Team team, long stored) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (this.jdbc.sql("select count(*) from signal_verdict where workspace_id = ?")
			.param(team.workspace().id().value())
			.query(Long.class)
			.single() < stored) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("the demo signals were never all judged");
			}
			Thread.sleep(200);
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
