package org.momentos.workspace;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Roles are enforced on the pages and forms, not only hidden from the menus. */
@MomentosTest
@Import(Fixtures.class)
class RolePermissionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Team team;

	JourneyId journey;

	@BeforeEach
	void aWorkspaceWithAJourney() {
		this.team = this.fixtures.aWorkspace("Roles");
		this.journey = this.fixtures.aJourneyFromTemplate(this.team, "hotel", Locale.ENGLISH);
	}

	@Test
	void aViewerSeesTheMapButCannotEditIt() throws Exception {
		MomentosUser viewer = this.fixtures.aMember(this.team, Role.VIEWER);
		assertThat(status(get(journeyPath("")), viewer)).isEqualTo(200);
		assertThat(status(get(journeyPath("/edit")), viewer)).isEqualTo(403);
		assertThat(status(post(journeyPath("/edit/details")).param("revision", "0").param("name", "Changed"), viewer))
			.isEqualTo(403);
		assertThat(this.fixtures.journey(this.team, this.journey).name()).isNotEqualTo("Changed");
	}

	@Test
	void anAnalystEditsJourneysButDoesNotManageMembersOrKeys() throws Exception {
		MomentosUser analyst = this.fixtures.aMember(this.team, Role.ANALYST);
		assertThat(status(get(journeyPath("/edit")), analyst)).isEqualTo(200);
		assertThat(status(get("/w/" + this.team.slug() + "/members"), analyst)).isEqualTo(403);
		assertThat(status(get("/w/" + this.team.slug() + "/api-keys"), analyst)).isEqualTo(403);
		assertThat(
				status(post("/w/" + this.team.slug() + "/api-keys").param("name", "x").param("scope", "READ"), analyst))
			.isEqualTo(403);
	}

	@Test
	void anAdminCannotMakeAnOwnerNorRenameTheWorkspace() throws Exception {
		MomentosUser admin = this.fixtures.aMember(this.team, Role.ADMIN);
		MomentosUser agent = this.fixtures.aMember(this.team, Role.AGENT);
		this.mvc.perform(post("/w/" + this.team.slug() + "/members/" + agent.id() + "/role").param("role", "OWNER")
			.with(user(admin))
			.with(csrf()));
		assertThat(this.fixtures.accessOf(agent, this.team).role()).isEqualTo(Role.AGENT);
		assertThat(status(get("/w/" + this.team.slug() + "/settings"), admin)).isEqualTo(403);
	}

	@Test
	void theLastOwnerCannotLeaveTheWorkspaceWithoutAnOwner() throws Exception {
		this.mvc.perform(
				post("/w/" + this.team.slug() + "/members/" + this.team.owner().id() + "/role").param("role", "VIEWER")
					.with(user(this.team.owner()))
					.with(csrf()));
		assertThat(this.fixtures.accessOf(this.team.owner(), this.team).role()).isEqualTo(Role.OWNER);
	}

	private String journeyPath(String suffix) {
		return "/w/" + this.team.slug() + "/journeys/" + this.journey + suffix;
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			MomentosUser who) throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse().getStatus();
	}

}
