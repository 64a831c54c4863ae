package org.momentos.workspace;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A member of one workspace tries every page and form of another workspace, directly and
 * through their own workspace's address: every attempt gets 404 and changes nothing.
 */
@MomentosTest
@Import(Fixtures.class)
class WorkspaceIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Team victim;

	Team intruder;

	JourneyId secretJourney;

	String stageKey;

	String touchpointKey;

	@BeforeEach
	void twoWorkspaces() {
		this.victim = this.fixtures.aWorkspace("Victim");
		this.intruder = this.fixtures.aWorkspace("Intruder");
		this.secretJourney = this.fixtures.aJourneyFromTemplate(this.victim, "bank", Locale.ENGLISH);
		Journey journey = this.fixtures.journey(this.victim, this.secretJourney);
		this.stageKey = journey.editableMap().stages().get(0).key().toString();
		this.touchpointKey = journey.editableMap().stages().get(0).touchpoints().get(0).key().toString();
	}

	static Stream<Arguments> everyWorkspacePage() {
		return Stream.of(Arguments.of("GET", "/w/{ws}/journeys"), Arguments.of("GET", "/w/{ws}/journeys/new"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}"), Arguments.of("GET", "/w/{ws}/journeys/{id}/edit"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/delete"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/map.svg"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/map.png"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/map.pdf"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/edit/stages/{stage}/delete"),
				Arguments.of("GET", "/w/{ws}/journeys/{id}/edit/touchpoints/{touchpoint}/delete"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/delete"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/details?revision=0&name=Hacked"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/stages?revision=0&name=Hacked&momentKind=ZERO"),
				Arguments.of("POST",
						"/w/{ws}/journeys/{id}/edit/stages/{stage}?revision=0&name=Hacked&momentKind=ZERO"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/stages/{stage}/move?revision=0&offset=1"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/stages/{stage}/delete?revision=0"),
				Arguments.of("POST",
						"/w/{ws}/journeys/{id}/edit/stages/{stage}/touchpoints?revision=0&name=Hacked&channel=WEB"),
				Arguments.of("POST",
						"/w/{ws}/journeys/{id}/edit/touchpoints/{touchpoint}?revision=0&name=Hacked&channel=WEB"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/touchpoints/{touchpoint}/move?revision=0&offset=1"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/touchpoints/{touchpoint}/delete?revision=0"),
				Arguments.of("POST", "/w/{ws}/journeys/{id}/edit/publish?revision=0"),
				Arguments.of("POST", "/w/{ws}/journeys?name=Hacked"), Arguments.of("GET", "/w/{ws}/members"),
				Arguments.of("POST", "/w/{ws}/members/invitations?email=spy@example.test&role=ADMIN"),
				Arguments.of("GET", "/w/{ws}/api-keys"), Arguments.of("POST", "/w/{ws}/api-keys?name=spy&scope=READ"),
				Arguments.of("GET", "/w/{ws}/audit"), Arguments.of("GET", "/w/{ws}/settings"),
				Arguments.of("POST", "/w/{ws}/settings?name=Hacked"));
	}

	@ParameterizedTest(name = "{0} {1} of another workspace")
	@MethodSource("everyWorkspacePage")
	void anotherWorkspaceIsInvisible(String method, String page) throws Exception {
		String path = page.replace("{ws}", this.victim.slug())
			.replace("{id}", this.secretJourney.toString())
			.replace("{stage}", this.stageKey)
			.replace("{touchpoint}", this.touchpointKey);
		int status = this.mvc
			.perform(request(HttpMethod.valueOf(method), path).with(user(this.intruder.owner())).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertUntouched();
	}

	@ParameterizedTest(name = "{0} {1} through one's own workspace")
	@MethodSource("everyWorkspacePage")
	void anotherWorkspacesJourneyIsInvisibleThroughOnesOwnWorkspace(String method, String page) throws Exception {
		if (!page.contains("{id}")) {
			return;
		}
		String path = page.replace("{ws}", this.intruder.slug())
			.replace("{id}", this.secretJourney.toString())
			.replace("{stage}", this.stageKey)
			.replace("{touchpoint}", this.touchpointKey);
		int status = this.mvc
			.perform(request(HttpMethod.valueOf(method), path).with(user(this.intruder.owner())).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(path).isEqualTo(404);
		assertUntouched();
	}

	@Test
	void aWorkspaceThatDoesNotExistLooksExactlyLikeAForeignOne() throws Exception {
		String unknown = "/w/" + UUID.randomUUID() + "/journeys";
		int status = this.mvc.perform(request(HttpMethod.GET, unknown).with(user(this.intruder.owner())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

	private void assertUntouched() {
		Journey journey = this.fixtures.journey(this.victim, this.secretJourney);
		assertThat(journey.revision()).isZero();
		assertThat(journey.name()).isNotEqualTo("Hacked");
		assertThat(this.victim.workspace().name()).doesNotContain("Hacked");
	}

}
