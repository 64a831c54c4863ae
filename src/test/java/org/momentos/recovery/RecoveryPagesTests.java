package org.momentos.recovery;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Recovery pages render in both languages with no untranslated message; foreign cases are
 * 404; a stale form gets the conflict message.
 */
@MomentosTest
@Import(Fixtures.class)
class RecoveryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	Journeys journeys;

	Team team;

	CaseId id;

	@BeforeEach
	void aWorkspaceWithACase() {
		this.team = this.fixtures.aWorkspace("Recovery pages");
		JourneyId journey = this.fixtures.aJourneyFromTemplate(this.team, "online-shop", Locale.ENGLISH);
		this.journeys.publish(this.team.ownerAccess(), journey, this.fixtures.journey(this.team, journey).revision());
		this.id = this.cases.open(this.team.ownerAccess(),
				new NewCase("Charged twice", "c-9", null, null, Priority.HIGH, "", "Billing"));
		Case opened = this.cases.logContact(this.team.ownerAccess(), this.id,
				this.cases.get(this.team.ownerAccess(), this.id).version(), ContactChannel.PHONE,
				ContactOutcome.REACHED, "Sorry");
		opened = this.cases.giveCompensation(this.team.ownerAccess(), this.id, opened.version(),
				new Compensation(CompensationKind.REFUND, new BigDecimal("10"), "EUR", ""));
		this.cases.chooseRootCause(this.team.ownerAccess(), this.id, opened.version(), RootCause.BILLING_ERROR, null);
	}

	static Stream<Arguments> pages() {
		return Stream.of("es", "en")
			.flatMap((language) -> Stream
				.of("/w/{ws}/cases", "/w/{ws}/cases?view=TEAM&state=any&priority=HIGH", "/w/{ws}/cases/{id}",
						"/w/{ws}/recovery", "/w/{ws}/recovery/settings", "/w/{ws}/cases/999999999", "/help/roles",
						"/w/{ws}/api-keys")
				.map((page) -> Arguments.of(language, page)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pages")
	void rendersWithoutMissingMessages(String language, String page) throws Exception {
		String path = page.replace("{ws}", this.team.slug()).replace("{id}", this.id.toString());
		var response = this.mvc.perform(get(path).header("Accept-Language", language).with(user(this.team.owner())))
			.andReturn()
			.getResponse();
		String html = response.getContentAsString();
		assertThat(html).as(path).doesNotContain("??").doesNotContain("Whitelabel");
		assertThat(html).as(path).contains("<html", "lang=\"" + language + "\"");
		assertThat(response.getStatus()).as(path).isEqualTo(path.contains("999999999") ? 404 : 200);
	}

	@Test
	void anotherWorkspacesCaseIsNotFoundAndAViewerHasNoInbox() throws Exception {
		Team other = this.fixtures.aWorkspace("Elsewhere");
		String path = "/w/" + other.slug() + "/cases/" + this.id;
		assertThat(this.mvc.perform(get(path).with(user(other.owner()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		var viewer = this.fixtures.aMember(this.team, Role.VIEWER);
		assertThat(this.mvc.perform(get("/w/" + this.team.slug() + "/cases").with(user(viewer)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/w/" + this.team.slug() + "/recovery").with(user(viewer)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aStaleFormShowsTheConflictMessage() throws Exception {
		String base = "/w/" + this.team.slug() + "/cases/" + this.id;
		var session = this.mvc
			.perform(post(base + "/notes").param("version", "0")
				.param("text", "Late note")
				.with(csrf())
				.with(user(this.team.owner())))
			.andReturn();
		assertThat(session.getFlashMap().get("error")).isEqualTo("recovery.case.conflict");
	}

}
