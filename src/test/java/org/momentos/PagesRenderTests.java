package org.momentos;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentos.Fixtures.Team;
import org.momentos.journey.JourneyId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every page renders in Spanish and in English, with no message left untranslated. */
@MomentosTest
@Import(Fixtures.class)
class PagesRenderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Team team;

	JourneyId journey;

	@BeforeEach
	void aWorkspaceWithAJourney() {
		this.team = this.fixtures.aWorkspace("Pages");
		this.journey = this.fixtures.aJourneyFromTemplate(this.team, "restaurant", Locale.ENGLISH);
	}

	static Stream<Arguments> pages() {
		return Stream.of("es", "en")
			.flatMap((language) -> Stream
				.of("/workspaces", "/account", "/help/roles", "/w/{ws}/journeys", "/w/{ws}/journeys/new",
						"/w/{ws}/journeys/{id}", "/w/{ws}/journeys/{id}/edit", "/w/{ws}/journeys/{id}/delete",
						"/w/{ws}/journeys/{id}/health", "/w/{ws}/journeys/{id}/weekly", "/w/{ws}/verdict-rules",
						"/w/{ws}/priorities", "/w/{ws}/segments", "/w/{ws}/explorer",
						"/w/{ws}/explorer?q=cobro&sort=RELEVANCE", "/w/{ws}/members", "/w/{ws}/api-keys",
						"/w/{ws}/audit", "/w/{ws}/settings", "/w/{ws}/journeys/999999", "/login")
				.map((page) -> Arguments.of(language, page)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pages")
	void rendersWithoutMissingMessages(String language, String page) throws Exception {
		String path = page.replace("{ws}", this.team.slug()).replace("{id}", this.journey.toString());
		String html = this.mvc.perform(get(path).header("Accept-Language", language).with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as(path).doesNotContain("??").doesNotContain("Whitelabel");
		assertThat(html).as(path).contains("<html", "lang=\"" + language + "\"");
	}

}
