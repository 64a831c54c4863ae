package org.momentos.workspace;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.workspace.internal.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Spanish or English: from the browser first, then from the person's own choice. */
@MomentosTest
@Import(Fixtures.class)
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Test
	void theBrowsersLanguageDecidesByDefault() throws Exception {
		assertThat(page("/login", "es-MX,es;q=0.9", null)).contains("Iniciar sesión");
		assertThat(page("/login", "en-US,en;q=0.9", null)).contains("Log in");
		assertThat(page("/login", "fr-FR", null)).as("unsupported languages get English").contains("Log in");
	}

	@Test
	void aChoiceBeforeLoggingInIsRememberedInACookie() throws Exception {
		Cookie cookie = this.mvc.perform(get("/login").param("lang", "es").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getCookie("momentos-lang");
		assertThat(cookie).isNotNull();
		assertThat(page("/login", "en", cookie)).contains("Iniciar sesión");
	}

	@Test
	void aLoggedInPersonsChoiceIsStoredOnTheirAccount() throws Exception {
		var person = this.fixtures.aPerson("Bilingual Person");
		this.mvc.perform(get("/account").param("lang", "es").with(user(person)));
		assertThat(this.accounts.findById(person.id()).orElseThrow().language()).isEqualTo("es");
	}

	private String page(String path, String acceptLanguage, Cookie cookie) throws Exception {
		var request = get(path).header("Accept-Language", acceptLanguage);
		if (cookie != null) {
			request = request.cookie(cookie);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
