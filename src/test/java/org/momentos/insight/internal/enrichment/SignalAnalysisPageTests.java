package org.momentos.insight.internal.enrichment;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.insight.Enrichments;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The analysis page shows the text with its aspects marked by colour and by a word, in
 * both languages; a signal of another workspace is not there.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalAnalysisPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Enrichments enrichments;

	Team team;

	SignalId signal;

	@BeforeEach
	void anEnrichedSignal() {
		this.team = this.fixtures.aWorkspace("Analysis page");
		Receipt receipt = this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.REVIEW, null, null, null, Scores.NONE, null,
						"La comida excelente pero el servicio pésimo, tardaron una hora.", null, null, null, null));
		this.signal = ((Receipt.Accepted) receipt).signal();
		Fixtures.await(() -> this.enrichments.of(this.team.workspace().id(), this.signal), Duration.ofSeconds(10));
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "es, negativo, positivo, Sentimiento", "en, negative, positive, Sentiment" })
	void showsTheAspectsAndTheirPolarityInBothLanguages(String language, String negative, String positive,
			String sentiment) throws Exception {
		String html = page(this.team, this.team.slug(), language, 200);

		assertThat(html).doesNotContain("??").contains("lang=\"" + language + "\"");
		String marked = html.replaceAll("\\s+", " ");
		assertThat(marked).contains("class=\"aspect aspect-positive\" title=\"",
				">comida <span class=\"aspect-label\">" + positive,
				">servicio <span class=\"aspect-label\">" + negative, sentiment);
	}

	@Test
	void showsEntitiesAnExportLeftAsTheirCharactersAndStillEscapesThem() throws Exception {
		Receipt receipt = this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.REVIEW, null, null, null, Scores.NONE, null,
						"I don&#39;t like &lt;script&gt;alert(1)&lt;/script&gt; the service", null, null, null, null));
		this.signal = ((Receipt.Accepted) receipt).signal();
		Fixtures.await(() -> this.enrichments.of(this.team.workspace().id(), this.signal), Duration.ofSeconds(10));

		String html = page(this.team, this.team.slug(), "en", 200);

		assertThat(html).contains("I don&#39;t like &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("&amp;#39;")
			.doesNotContain("<script>alert");
	}

	@Test
	void aSignalOfAnotherWorkspaceIsNotFound() throws Exception {
		Team stranger = this.fixtures.aWorkspace("Stranger");

		page(stranger, stranger.slug(), "en", 404);
		page(stranger, this.team.slug(), "en", 404);
	}

	@Test
	void anUnknownSignalIsNotFound() throws Exception {
		this.mvc.perform(get("/w/" + this.team.slug() + "/signals/999999999/analysis").with(user(this.team.owner())))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
	}

	private String page(Team viewer, String slug, String language, int status) throws Exception {
		var response = this.mvc
			.perform(get("/w/" + slug + "/signals/" + this.signal + "/analysis").header("Accept-Language", language)
				.with(user(viewer.owner())))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString();
	}

}
