package org.momentos.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.SentimentLabel;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The feedback explorer finds what customers said, in either language, and nothing of
 * other workspaces.
 */
@MomentosTest
@Import(Fixtures.class)
class ExplorerTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	Explorer explorer;

	@Autowired
	MockMvc mvc;

	Team team;

	long doubleCharge;

	@BeforeEach
	void feedback() {
		this.team = this.fixtures.aWorkspace("Explorer");
		this.doubleCharge = say(this.team, SignalSource.SURVEY, "Me cobraron dos veces el mismo pedido", 2, "billing",
				Map.of("store", "Madrid"));
		say(this.team, SignalSource.TICKET, "El cobró duplicado de la Facturación sigue sin resolverse", null,
				"billing", Map.of("store", "Sevilla"));
		say(this.team, SignalSource.REVIEW, "I was charged twice for one order", 1, "billing", Map.of());
		say(this.team, SignalSource.REVIEW, "Great staff, very kind <script>alert(1)</script>", 10, "staff_attitude",
				Map.of());
	}

	@Test
	void findsStemsAndAccentsInBothLanguagesAndPhrases() {
		assertThat(texts(search("cobro"))).hasSize(2);
		assertThat(texts(search("facturacion")))
			.containsExactly("El cobró duplicado de la Facturación sigue sin resolverse");
		assertThat(texts(search("charge"))).containsExactly("I was charged twice for one order");
		assertThat(texts(search("\"dos veces\""))).containsExactly("Me cobraron dos veces el mismo pedido");
		assertThat(search("cobro").results().get(0).highlighted()).contains("<mark>");
	}

	@Test
	void filtersBySourceVerdictThemeAndAttribute() {
		assertThat(texts(this.explorer.search(this.team.ownerAccess(),
				filter(null, List.of("REVIEW"), List.of(), null, Map.of()), 0)))
			.hasSize(2);
		assertThat(texts(this.explorer.search(this.team.ownerAccess(),
				filter(null, List.of(), List.of(Verdict.MAGIC), null, Map.of()), 0)))
			.hasSize(1);
		assertThat(texts(this.explorer.search(this.team.ownerAccess(),
				filter(null, List.of(), List.of(), "billing", Map.of()), 0)))
			.hasSize(3);
		assertThat(texts(this.explorer.search(this.team.ownerAccess(),
				filter(null, List.of(), List.of(), null, Map.of("store", "Madrid")), 0)))
			.containsExactly("Me cobraron dos veces el mismo pedido");
	}

	@Test
	void findsMoreLikeASignal() {
		ExplorerFilter like = new ExplorerFilter(null, null, null, null, null, null, null, null, null, null, null,
				this.doubleCharge);
		assertThat(texts(this.explorer.search(this.team.ownerAccess(), like, 0)))
			.contains("El cobró duplicado de la Facturación sigue sin resolverse")
			.doesNotContain("Me cobraron dos veces el mismo pedido");
	}

	@Test
	void anotherWorkspaceFindsNothingAndThePageEscapesText() throws Exception {
		Team other = this.fixtures.aWorkspace("Other explorer");
		assertThat(this.explorer.search(other.ownerAccess(), filter("cobro", List.of(), List.of(), null, Map.of()), 0)
			.total()).isZero();
		String page = this.mvc
			.perform(get("/w/" + this.team.slug() + "/explorer").param("q", "staff").with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
		say(this.team, SignalSource.REVIEW, "The staff &quot;helped&quot; me &lt;b&gt;twice&lt;/b&gt;", 3,
				"staff_attitude", Map.of());
		String exported = this.mvc
			.perform(get("/w/" + this.team.slug() + "/explorer").param("q", "helped").with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(exported).contains("&quot;<mark>helped</mark>&quot;", "&lt;b&gt;twice&lt;/b&gt;")
			.doesNotContain("&amp;quot;")
			.doesNotContain("<b>twice");
		String csv = this.mvc
			.perform(get("/w/" + this.team.slug() + "/explorer/export.csv").param("q", "cobro")
				.with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(3);
		String segments = this.mvc
			.perform(get("/w/" + this.team.slug() + "/segments").param("attribute", "store")
				.with(user(this.team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(segments).contains("Madrid", "Sevilla");
		assertThat(csv).contains("Me cobraron dos veces");
	}

	private Explorer.Page search(String text) {
		return this.explorer.search(this.team.ownerAccess(), filter(text, List.of(), List.of(), null, Map.of()), 0);
	}

	private static ExplorerFilter filter(String text, List<String> sources, List<Verdict> verdicts, String theme,
			Map<String, String> attributes) {
		return new ExplorerFilter(text, null, null, sources, verdicts, null, theme, null, null, attributes, null, null);
	}

	private static List<String> texts(Explorer.Page page) {
		return page.results().stream().map(ExplorerResult::text).toList();
	}

	private long say(Team team, SignalSource source, String text, Integer nps, String theme,
			Map<String, String> attributes) {
		Receipt receipt = this.signals.receive(team.workspace().id(), new NewSignal(source, Instant.now(), null, null,
				new Scores(nps, null, null, null), null, text, null, attributes, UUID.randomUUID().toString(), null));
		AutomaticVerdicts.awaitFor(this.verdicts, team.workspace().id(), ((Receipt.Accepted) receipt).signal());
		var signal = this.signals.find(team.workspace().id(), ((Receipt.Accepted) receipt).signal()).orElseThrow();
		boolean good = nps != null && nps >= 9;
		this.verdicts.judge(signal, new TextReading(good ? 0.8 : -0.6, Set.of(), null,
				List.of(new ThemeMention(theme, good ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE))));
		return signal.id().value();
	}

}
