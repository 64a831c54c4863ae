package org.momentos.analytics;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.Role;
import org.momentos.workspace.internal.MomentosUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a CX manager takes away: the explorer's view as Excel, saved views, the live map
 * as PDF and PNG, the weekly dashboard; none of it crosses workspaces.
 */
@MomentosTest
@Import(Fixtures.class)
class AnalyticsReportsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journeys journeys;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	MockMvc mvc;

	Team team;

	Team stranger;

	JourneyId journey;

	@BeforeEach
	void aJourneyWithFeedback() {
		this.team = this.fixtures.aWorkspace("Reports");
		this.stranger = this.fixtures.aWorkspace("Stranger reports");
		this.journey = this.fixtures.aJourneyFromTemplate(this.team, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(this.team.ownerAccess(), this.journey,
				this.journeys.get(this.team.ownerAccess(), this.journey).revision());
		UUID touchpoint = this.journeys.get(this.team.ownerAccess(), this.journey)
			.current()
			.map()
			.stages()
			.get(4)
			.touchpoints()
			.get(0)
			.key();
		for (int i = 0; i < 6; i++) {
			say(touchpoint, "Cobro duplicado en la tarjeta, pedido " + i, 1, 1);
			say(touchpoint, "Todo perfecto, muy amables", 10, 12);
			say(touchpoint, "El pedido llegó tarde", 2, 10);
		}
	}

	@Test
	void theExplorerViewExportsToExcelRowByRow() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/w/" + this.team.slug() + "/explorer/export.xlsx").param("q", "cobro")
				.with(user(this.team.owner())))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).contains("spreadsheetml");
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(7);
			assertThat(rows.get(0).getCellText(4)).isEqualTo("text");
			assertThat(rows.subList(1, 7)).allMatch((row) -> row.getCellText(4).startsWith("Cobro duplicado"));
			assertThat(rows.get(1).getCellText(5)).isEqualTo("1");
		}
		assertThat(status(get("/w/" + this.team.slug() + "/explorer/export.xlsx").with(user(this.stranger.owner()))))
			.isEqualTo(404);
	}

	@Test
	void viewsArePrivateUnlessSharedBySomeoneWhoMayShare() throws Exception {
		MomentosUser viewer = this.fixtures.aMember(this.team, Role.VIEWER);
		MomentosUser analyst = this.fixtures.aMember(this.team, Role.ANALYST);
		save(viewer, "Mis cobros", "q=cobro", false);
		assertThat(explorer(viewer)).contains("Mis cobros");
		assertThat(explorer(analyst)).doesNotContain("Mis cobros");

		assertThat(status(saveRequest(viewer, "Para todos", "q=cobro", true))).isEqualTo(403);
		save(analyst, "Cobros de la semana", "q=cobro&verdict=BAD&page=3", true);
		assertThat(explorer(viewer)).contains("Cobros de la semana", "q=cobro&amp;verdict=BAD\"");
		String flash = this.mvc.perform(saveRequest(analyst, "Cobros de la semana", "q=x", true))
			.andReturn()
			.getFlashMap()
			.get("error")
			.toString();
		assertThat(flash).isEqualTo("explorer.view.exists");

		long shared = idOf(analyst, "Cobros de la semana");
		assertThat(status(post("/w/" + this.team.slug() + "/explorer/views/" + shared + "/delete").with(user(viewer))
			.with(csrf()))).isEqualTo(403);
		assertThat(status(post("/w/" + this.stranger.slug() + "/explorer/views/" + shared + "/delete")
			.with(user(this.stranger.owner()))
			.with(csrf()))).isEqualTo(404);
		assertThat(explorer(viewer)).contains("Cobros de la semana");
		assertThat(status(post("/w/" + this.team.slug() + "/explorer/views").param("name", "x")
			.with(user(this.stranger.owner()))
			.with(csrf()))).isEqualTo(404);
		assertThat(explorer(this.stranger.owner())).doesNotContain("Cobros de la semana");

		this.mvc.perform(post("/w/" + this.team.slug() + "/explorer/views/" + shared + "/delete").with(user(analyst))
			.with(csrf()));
		assertThat(explorer(viewer)).doesNotContain("Cobros de la semana").contains("Mis cobros");
	}

	@Test
	void theLiveMapDownloadsAsPdfAndPngAndLinksTheWeeklyDashboard() throws Exception {
		String base = "/w/" + this.team.slug() + "/journeys/" + this.journey;
		MockHttpServletResponse pdf = this.mvc.perform(get(base + "/health.pdf").with(user(this.team.owner())))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		MockHttpServletResponse png = this.mvc.perform(get(base + "/health.png").with(user(this.team.owner())))
			.andReturn()
			.getResponse();
		assertThat(png.getContentType()).isEqualTo("image/png");
		assertThat(png.getContentAsByteArray()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		assertThat(this.mvc.perform(get(base + "/health").with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/weekly?to=", "/health.pdf?from=", "/health.png?from=");
		for (String report : List.of("/health.pdf", "/health.png", "/weekly")) {
			assertThat(status(get(base + report).with(user(this.stranger.owner())))).as(report).isEqualTo(404);
			assertThat(status(get("/w/" + this.stranger.slug() + "/journeys/" + this.journey + report)
				.with(user(this.stranger.owner())))).as(report).isEqualTo(404);
		}
	}

	@Test
	void theWeeklyDashboardComparesThisWeekWithTheLast() throws Exception {
		String html = this.mvc
			.perform(get("/w/" + this.team.slug() + "/journeys/" + this.journey + "/weekly")
				.header("Accept-Language", "es")
				.with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("??")
			.contains("Esta semana frente a la anterior", "id=\"nps-trend\"", "id=\"emotion-curve\"", "<polyline",
					"Frases emergentes", "cobro duplicado");
	}

	private String explorer(MomentosUser user) throws Exception {
		return this.mvc.perform(get("/w/" + this.team.slug() + "/explorer").with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void save(MomentosUser user, String name, String query, boolean shared) throws Exception {
		assertThat(this.mvc.perform(saveRequest(user, name, query, shared)).andReturn().getFlashMap().get("success"))
			.isEqualTo("explorer.view.saved");
	}

	private MockHttpServletRequestBuilder saveRequest(MomentosUser user, String name, String query, boolean shared) {
		return post("/w/" + this.team.slug() + "/explorer/views").param("name", name)
			.param("query", query)
			.param("shared", Boolean.toString(shared))
			.with(user(user))
			.with(csrf());
	}

	private long idOf(MomentosUser user, String name) throws Exception {
		String html = explorer(user);
		int at = html.indexOf("/explorer/views/", html.indexOf(">" + name + "<"));
		return Long.parseLong(html.substring(at + "/explorer/views/".length(), html.indexOf('/', at + 16)));
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private void say(UUID touchpoint, String text, int nps, int daysAgo) {
		Receipt receipt = this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.SURVEY, Instant.now().minus(daysAgo, ChronoUnit.DAYS), null, touchpoint,
						new Scores(nps, null, null, null), null, text, "es", Map.of(), UUID.randomUUID().toString(),
						null));
		AutomaticVerdicts.awaitFor(this.verdicts, this.team.workspace().id(), ((Receipt.Accepted) receipt).signal());
	}

}
