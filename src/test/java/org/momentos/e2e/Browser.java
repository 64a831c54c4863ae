package org.momentos.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The system Chromium driven by Playwright, headless, with the flags a closed network and
 * a root user need. Playwright never downloads a browser of its own here.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path
		.of(System.getenv().getOrDefault("MOMENTOS_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
					+ ": install Debian's chromium package (bash .ci/run does) or set MOMENTOS_CHROMIUM");
		}
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	public static Browser start() {
		return new Browser();
	}

	public com.microsoft.playwright.BrowserContext newContext(String language) {
		return this.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language)
			.setViewportSize(1440, 900)
			.setAcceptDownloads(true));
	}

	/**
	 * A phone-sized, touch context (390 x 844, like common phones), with or without
	 * JavaScript.
	 */
	public com.microsoft.playwright.BrowserContext newPhoneContext(String language, boolean javaScript) {
		return this.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language)
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(javaScript));
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

}
