package org.momentos.survey;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every survey page renders in Spanish and in English with no message left untranslated;
 * a foreign workspace's survey is a 404; a viewer sees results but no builder forms.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyPagesRenderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SurveyFixtures surveys;

	static Stream<Arguments> pages() {
		return Stream.of("es", "en")
			.flatMap((language) -> Stream
				.of("/w/{ws}/surveys", "/w/{ws}/surveys/{id}", "/w/{ws}/surveys/{id}/distribute",
						"/w/{ws}/surveys/{id}/results", "/w/{ws}/surveys/settings", "/w/{ws}/surveys/{id}/preview",
						"/w/{ws}/surveys/{id}/preview?from=1&q.nps=2", "/w/{ws}/surveys/{id}/preview?from=2&q.nps=10",
						"/s/{public}", "/s/{public}/thanks", "/s/unknown")
				.map((page) -> Arguments.of(language, page)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pages")
	void rendersWithoutMissingMessages(String language, String page) throws Exception {
		Team team = this.surveys.aShopWithAPublishedJourney("Paginas");
		Survey survey = this.surveys.anOpenSurvey(team, "relational-nps", 0);
		String path = page.replace("{ws}", team.slug())
			.replace("{id}", survey.id().toString())
			.replace("{public}", survey.publicId());
		MvcResult result = this.mvc.perform(get(path).header("Accept-Language", language).with(user(team.owner())))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).as(path).doesNotContain("??").doesNotContain("Whitelabel");
		assertThat(html).as(path).contains("<html", "lang=\"" + language + "\"");
	}

	@ParameterizedTest
	@MethodSource("foreignPages")
	void aSurveyOfAnotherWorkspaceIsNotFound(String page) throws Exception {
		Team team = this.surveys.aShopWithAPublishedJourney("Propia");
		Team other = this.fixtures.aWorkspace("Ajena");
		Survey survey = this.surveys.anOpenSurvey(team, "delivery-csat", 0);
		String path = page.replace("{ws}", other.slug()).replace("{id}", survey.id().toString());
		assertThat(this.mvc.perform(get(path).with(user(other.owner()))).andReturn().getResponse().getStatus()).as(path)
			.isEqualTo(404);
	}

	static Stream<String> foreignPages() {
		return Stream.of("/w/{ws}/surveys/{id}", "/w/{ws}/surveys/{id}/results", "/w/{ws}/surveys/{id}/results.csv",
				"/w/{ws}/surveys/{id}/qr.png", "/w/{ws}/surveys/{id}/export.json", "/w/{ws}/surveys/{id}/preview");
	}

	@org.junit.jupiter.api.Test
	void theEmbedSnippetSpeaksTheLanguageOfTheSiteItGoesOn() throws Exception {
		Team team = this.surveys.aShopWithAPublishedJourney("Incrustar");
		Survey survey = this.surveys.anOpenSurvey(team, "relational-nps", 0);
		String html = this.mvc
			.perform(
					get("/w/" + team.slug() + "/surveys/" + survey.id() + "/distribute").header("Accept-Language", "en")
						.with(user(team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Shown in a textarea: the snippet's markup is escaped once more there.
		assertThat(html).contains("Page in Spanish", "Page in English")
			.contains(
					"?ch=embed&amp;amp;lang=es&quot; title=&quot;Encuesta: ¿Qué tal le va con nosotros?&quot; lang=&quot;es&quot;")
			.contains(
					"?ch=embed&amp;amp;lang=en&quot; title=&quot;Survey: How are we doing?&quot; lang=&quot;en&quot;");
	}

	@org.junit.jupiter.api.Test
	void aViewerSeesTheSurveyButNoForms() throws Exception {
		Team team = this.surveys.aShopWithAPublishedJourney("Lectura");
		Survey survey = this.surveys.anOpenSurvey(team, "support-ces", 0);
		var viewer = this.fixtures.aMember(team, Role.VIEWER);
		String html = this.mvc.perform(get("/w/" + team.slug() + "/surveys/" + survey.id()).with(user(viewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(survey.name()).doesNotContain("/questions\"");
		assertThat(this.mvc.perform(get("/w/" + team.slug() + "/surveys/settings").with(user(viewer)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
