package org.momentos.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.workspace.internal.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** People join workspaces through invitation links, manage their account and API keys. */
@MomentosTest
@Import(Fixtures.class)
class MembershipTests {

	private static final Pattern INVITATION_LINK = Pattern.compile("http://[^\"<\\s]+/invitations/([A-Za-z0-9_-]+)");

	private static final Pattern API_KEY = Pattern.compile("mk_[A-Za-z0-9_-]{40,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvitedPersonCreatesTheirAccountAndJoinsWithTheRoleTheyWereGivenOnce() throws Exception {
		Team team = this.fixtures.aWorkspace("Invitations");
		String email = "new.analyst+" + System.nanoTime() + "@example.test";
		MvcResult invited = this.mvc
			.perform(post("/w/" + team.slug() + "/members/invitations").param("email", email)
				.param("role", "ANALYST")
				.with(user(team.owner()))
				.with(csrf()))
			.andReturn();
		String page = this.mvc
			.perform(get("/w/" + team.slug() + "/members").with(user(team.owner())).flashAttrs(invited.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = INVITATION_LINK.matcher(page);
		assertThat(link.find()).as("the members page shows the invitation link").isTrue();
		String token = link.group(1);

		MvcResult joined = this.mvc
			.perform(post("/invitations/" + token).param("displayName", "Nueva Analista")
				.param("password", "a-good-long-password")
				.session(new MockHttpSession())
				.with(csrf()))
			.andReturn();
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/w/" + team.slug() + "/journeys");
		var member = this.accounts.findByEmail(email).orElseThrow();
		assertThat(this.fixtures.accessOf(member, team).role()).isEqualTo(Role.ANALYST);

		int again = this.mvc.perform(get("/invitations/" + token)).andReturn().getResponse().getStatus();
		assertThat(again).as("an invitation link works once").isEqualTo(404);
	}

	@Test
	void aPasswordChangeNeedsTheCurrentPasswordAndTwoMatchingNewOnes() throws Exception {
		var person = this.fixtures.aPerson("Password Changer");
		this.mvc.perform(post("/account/password").param("currentPassword", "wrong password!")
			.param("newPassword", "brand-new-password")
			.param("confirmPassword", "brand-new-password")
			.with(user(person))
			.with(csrf()));
		assertThat(passwordOf(person.id())).isEqualTo(person.passwordHash());

		this.mvc.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "brand-new-password")
			.param("confirmPassword", "another-password")
			.with(user(person))
			.with(csrf()));
		assertThat(passwordOf(person.id())).isEqualTo(person.passwordHash());

		this.mvc.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "brand-new-password")
			.param("confirmPassword", "brand-new-password")
			.with(user(person))
			.with(csrf()));
		assertThat(passwordOf(person.id())).isNotEqualTo(person.passwordHash()).startsWith("{bcrypt}");
	}

	@Test
	void anApiKeyIsShownOnceAndStoredOnlyAsAHash() throws Exception {
		Team team = this.fixtures.aWorkspace("Keys");
		MvcResult created = this.mvc
			.perform(post("/w/" + team.slug() + "/api-keys").param("name", "Shop integration")
				.param("scope", "READ", "INGEST")
				.with(user(team.owner()))
				.with(csrf()))
			.andReturn();
		String shownOnce = this.mvc
			.perform(get("/w/" + team.slug() + "/api-keys").with(user(team.owner())).flashAttrs(created.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = API_KEY.matcher(shownOnce);
		assertThat(key.find()).isTrue();
		String secret = key.group();

		String later = this.mvc.perform(get("/w/" + team.slug() + "/api-keys").with(user(team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(later).contains("Shop integration").doesNotContain(secret);
		assertThat(this.jdbc.sql("select count(*) from api_key where secret_hash = ? or prefix = ?")
			.params(secret, secret)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select scopes from api_key where workspace_id = ?")
			.param(team.workspace().id().value())
			.query(String.class)
			.single()).isEqualTo("INGEST,READ");
	}

	@Test
	void loginAttemptsAreThrottled() throws Exception {
		int lastStatus = 0;
		for (int attempt = 0; attempt < 12; attempt++) {
			lastStatus = this.mvc.perform(post("/login").param("username", "nobody@example.test")
				.param("password", "guess-" + attempt)
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr("203.0.113.7");
					return request;
				})).andReturn().getResponse().getStatus();
		}
		assertThat(lastStatus).isEqualTo(429);
	}

	private String passwordOf(long userId) {
		return this.jdbc.sql("select password_hash from app_user where id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

}
