package org.momentos.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.internal.SignalRetention;
import org.momentos.signal.internal.SignalSettings;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The signals pages in both languages; erasure from the UI; settings; an import through
 * the screens; the retention purge.
 */
@MomentosTest
@Import(Fixtures.class)
@RecordApplicationEvents
class SignalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	SignalSettings settings;

	@Autowired
	SignalRetention retention;

	@Autowired
	AuditTrail audit;

	@Autowired
	Journeys journeys;

	@Autowired
	ApplicationEvents events;

	Team team;

	SignalId signal;

	@BeforeEach
	void aWorkspaceWithASignal() {
		this.team = this.fixtures.aWorkspace("Signal pages");
		this.signal = ((Accepted) this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.CALL, null, "marta@example.test", null, new Scores(2, null, null, null),
						"Facturación", "Me cobraron dos veces", "es", Map.of("agente", "Lucía"), "P-1", null)))
			.signal();
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "en" })
	void everySignalsPageRendersInBothLanguages(String language) throws Exception {
		for (String page : List.of("/w/{ws}/signals", "/w/{ws}/signals?source=CALL&from=2020-01-01&q=cobraron",
				"/w/{ws}/signals/{id}", "/w/{ws}/signals/settings", "/w/{ws}/signals/webhooks",
				"/w/{ws}/signals/imports/new")) {
			String html = render(page.replace("{ws}", this.team.slug()).replace("{id}", this.signal.toString()),
					language);
			assertThat(html).as(page).doesNotContain("??").contains("lang=\"" + language + "\"");
		}
		assertThat(render("/w/" + this.team.slug() + "/signals/" + this.signal, language))
			.contains("Me cobraron dos veces", "Lucía");
	}

	@Test
	void aTextExportedWithHtmlEntitiesShowsItsCharactersAndStaysEscaped() throws Exception {
		SignalId exported = ((Accepted) this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.REVIEW, null, null, null, Scores.NONE, null,
						"I don&#39;t like &lt;script&gt;alert(1)&lt;/script&gt; the service", "en", Map.of(), null,
						null)))
			.signal();

		for (String page : List.of("/w/" + this.team.slug() + "/signals",
				"/w/" + this.team.slug() + "/signals/" + exported)) {
			assertThat(render(page, "en")).as(page)
				.contains("I don&#39;t like &lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("&amp;#39;")
				.doesNotContain("<script>alert");
		}
	}

	@Test
	void theListKeepsToTheChosenTouchpoint() throws Exception {
		JourneyId journey = this.fixtures.aJourneyFromTemplate(this.team, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(this.team.ownerAccess(), journey,
				this.journeys.get(this.team.ownerAccess(), journey).revision());
		UUID touchpoint = this.journeys.publishedTouchpoints(this.team.workspace().id()).get(0).touchpointKey();
		this.signals.receive(this.team.workspace().id(), new NewSignal(SignalSource.CALL, null, null, touchpoint,
				new Scores(9, null, null, null), null, "La web carga rapidísimo", "es", Map.of(), "P-2", null));
		String list = render("/w/" + this.team.slug() + "/signals?touchpoint=" + touchpoint, "es");
		assertThat(list).contains("La web carga rapidísimo")
			.doesNotContain("Me cobraron dos veces")
			.containsPattern("value=\"" + touchpoint + "\"\\s+selected");
		assertThat(render("/w/" + this.team.slug() + "/signals", "es")).contains("La web carga rapidísimo",
				"Me cobraron dos veces");
		assertThat(this.mvc
			.perform(get("/w/" + this.team.slug() + "/signals?touchpoint=nada").with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

	@Test
	void anImportGoesThroughTheScreens() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "llamadas.csv", "text/csv",
				"Fecha;Comentario;NPS\n31/03/2026;Muy bien;9\n01/04/2026;Fatal;15\n".getBytes());
		String location = this.mvc
			.perform(multipart("/w/" + this.team.slug() + "/signals/imports").file(file)
				.param("source", "CALL")
				.with(user(this.team.owner()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/signals/imports/");
		for (String language : List.of("es", "en")) {
			assertThat(render(location, language)).doesNotContain("??").contains("Muy bien", "Fecha");
		}
		this.mvc.perform(post(location + "/check").param("column.occurredAt", "Fecha")
			.param("column.text", "Comentario")
			.param("column.nps", "NPS")
			.param("source", "CALL")
			.param("dateOrder", "AUTO")
			.with(user(this.team.owner()))
			.with(csrf()));
		String report = awaitIdle(location);
		assertThat(report).contains("2 rows, 1 valid, 1 with problems").contains(">3<");
		this.mvc
			.perform(post(location + "/run").param("policy", "VALID_ROWS").with(user(this.team.owner())).with(csrf()));
		assertThat(awaitIdle(location)).contains("1 imported");
		assertThat(this.mvc.perform(get(location + "/rejected.csv").with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("3,scores.nps");
	}

	@Test
	void erasureFromTheSignalsPageIsAudited() throws Exception {
		this.mvc.perform(
				post("/w/" + this.team.slug() + "/signals/erasure").param("customerReference", "MARTA@example.test")
					.with(user(this.team.owner()))
					.with(csrf()));
		assertThat(this.signals.find(this.team.workspace().id(), this.signal)).isEmpty();
		assertThat(this.audit.latest(this.team.workspace().id(), 5))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("signals.customerErased"));
		assertThat(this.events.stream(SignalsErased.class))
			.anySatisfy((event) -> assertThat(event.signals()).contains(this.signal));
	}

	@Test
	void viewersSeeSignalsButCannotEraseAndStrangersGet404() throws Exception {
		var viewer = this.fixtures.aMember(this.team, Role.VIEWER);
		assertThat(this.mvc.perform(get("/w/" + this.team.slug() + "/signals").with(user(viewer)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Me cobraron").doesNotContain("signals/erasure");
		assertThat(this.mvc
			.perform(
					post("/w/" + this.team.slug() + "/signals/erasure").param("customerReference", "marta@example.test")
						.with(user(viewer))
						.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		Team other = this.fixtures.aWorkspace("Strangers");
		assertThat(this.mvc.perform(get("/w/" + other.slug() + "/signals/" + this.signal).with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/w/" + this.team.slug() + "/signals").with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void settingsAreSavedFromTheForm() throws Exception {
		this.mvc.perform(post("/w/" + this.team.slug() + "/signals/settings").param("hashCustomerReferences", "true")
			.param("retentionDays", "400")
			.param("requestsPerSecond", "50")
			.with(user(this.team.owner()))
			.with(csrf()));
		var saved = this.settings.of(this.team.workspace().id());
		assertThat(saved.hashCustomerReferences()).isTrue();
		assertThat(saved.retentionDays()).isEqualTo(400);
		assertThat(saved.requestsPerSecond()).isEqualTo(50);
	}

	@Test
	void signalsOlderThanTheRetentionPeriodArePurged() {
		Instant now = Instant.now();
		SignalId old = ((Accepted) this.signals.receive(this.team.workspace().id(), new NewSignal(SignalSource.REVIEW,
				now.minus(Duration.ofDays(40)), null, null, Scores.NONE, null, "vieja", null, null, null, null)))
			.signal();
		this.settings.update(this.team.workspace().id(), false, 30, 1000);
		this.retention.purgeExpired();
		assertThat(this.signals.find(this.team.workspace().id(), old)).isEmpty();
		assertThat(this.signals.find(this.team.workspace().id(), this.signal)).isPresent();
		assertThat(this.audit.latest(this.team.workspace().id(), 5))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("signals.retentionPurged"));
	}

	private String awaitIdle(String location) throws Exception {
		for (int i = 0; i < 100; i++) {
			String html = render(location, "en");
			if (!html.contains("http-equiv=\"refresh\"")) {
				return html;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not finish");
	}

	private String render(String path, String language) throws Exception {
		return this.mvc.perform(get(path).header("Accept-Language", language).with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
