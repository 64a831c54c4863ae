package org.momentos;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The API is documented where the README says, without logging in. */
@MomentosTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheJourneyApiAndHowToAuthenticate() throws Exception {
		String description = this.mvc.perform(get("/api/docs/openapi.json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(description).contains("/api/v1/journeys", "/api/v1/journeys/{id}/publish", "\"bearer\"",
				"Momentos API");
	}

	@Test
	void servesTheInteractiveDocumentation() throws Exception {
		String location = this.mvc.perform(get("/api/docs")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).endsWith("/swagger-ui/index.html");
		int status = this.mvc.perform(get(location.replace("http://localhost", "")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("the documentation page needs no login").isEqualTo(200);
	}

}
