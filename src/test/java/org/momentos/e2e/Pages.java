package org.momentos.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page objects: what a person sees and does, in the words of the screen. */
final class Pages {

	private Pages() {
	}

	record LoginPage(Page page, String baseUrl) {

		JourneysPage logIn(String email, String password) {
			this.page.navigate(this.baseUrl + "/login");
			this.page.locator("#username").fill(email);
			this.page.locator("#password").fill(password);
			this.page.locator("form button[type=submit]").click();
			// Wait for the session, or a next navigation would cancel the login.
			this.page.waitForURL((url) -> !url.contains("/login"));
			return new JourneysPage(this.page);
		}

	}

	record JourneysPage(Page page) {

		void open(String baseUrl, String workspaceSlug) {
			this.page.navigate(baseUrl + "/w/" + workspaceSlug + "/journeys");
		}

		EditorPage createFromTemplate(String templateId, String contentLanguage) {
			this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo recorrido")).first().click();
			Locator card = this.page.locator("form[data-template=" + templateId + "]");
			card.locator("select[name=language]").selectOption(contentLanguage);
			card.locator("button[type=submit]").click();
			return new EditorPage(this.page);
		}

	}

	record EditorPage(Page page) {

		Locator stageTitles() {
			return this.page.locator("section.editor-stage h3");
		}

		void renameFirstTouchpointOfStage(int stageIndex, String newName) {
			Locator stage = this.page.locator("section.editor-stage").nth(stageIndex);
			Locator touchpoint = stage.locator("li.touchpoint").first();
			touchpoint.locator("details summary").click();
			touchpoint.locator("input[name=name]").fill(newName);
			touchpoint.locator("details form button[type=submit]").click();
		}

		void moveStageLater(int stageIndex) {
			this.page.locator("section.editor-stage")
				.nth(stageIndex)
				.locator("header form[action$='/move'] input[name=offset][value='1'] ~ button")
				.click();
		}

		String flash() {
			return this.page.locator(".alert").first().innerText();
		}

		MapPage publish() {
			this.page.locator("form[action$='/edit/publish'] button[type=submit]").click();
			return new MapPage(this.page);
		}

	}

	record MapPage(Page page) {

		Locator map() {
			return this.page.locator("#journey-map svg");
		}

		Path download(String linkText, Path directory) throws java.io.IOException {
			Download download = this.page.waitForDownload(() -> this.page.getByText(linkText).click());
			Path target = directory.resolve(download.suggestedFilename());
			Files.createDirectories(directory);
			download.saveAs(target);
			return target;
		}

		void switchLanguageTo(String code) {
			this.page.locator(".lang-switch a[hreflang=" + code + "]").click();
		}

	}

	record LiveMapPage(Page page) {

		void open(String baseUrl, String workspaceSlug, long journey) {
			this.page.navigate(baseUrl + "/w/" + workspaceSlug + "/journeys/" + journey + "/health");
		}

		void showPeriod(java.time.LocalDate from, java.time.LocalDate to) {
			this.page.locator("form #from").fill(from.toString());
			this.page.locator("form #to").fill(to.toString());
			this.page.locator("form #from ~ button[type=submit]").click();
			this.page.waitForURL((url) -> url.contains("from=" + from));
		}

		/** The touchpoint cards marked as pain points, each a link to its signals. */
		Locator painPoints() {
			return this.page.locator("#live-map a")
				.filter(new Locator.FilterOptions()
					.setHas(this.page.locator("title", new Page.LocatorOptions().setHasText("Punto de dolor"))));
		}

		ExplorerPage open(Locator card) {
			card.click();
			return new ExplorerPage(this.page);
		}

	}

	record ExplorerPage(Page page) {

		Locator count() {
			return this.page.locator("#explorer-count");
		}

		Locator results() {
			return this.page.locator("ol.results li.result");
		}

		void search(String words) {
			this.page.locator("#q").fill(words);
			this.page.locator("form.explorer-filters button[type=submit]").click();
			this.page.waitForURL((url) -> url
				.contains("q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)));
		}

		Path export(String linkText, Path directory) throws java.io.IOException {
			Download download = this.page.waitForDownload(() -> this.page.getByText(linkText).click());
			Path target = directory.resolve(download.suggestedFilename());
			Files.createDirectories(directory);
			download.saveAs(target);
			return target;
		}

	}

}
