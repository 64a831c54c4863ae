package org.momentos.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.momentos.ApiClient;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.internal.ApiScope;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The explorer's index carries what it filters by: views of more than a thousand signals
 * say so instead of counting on, days are UTC days, signals without text and new verdict
 * rules show, and one workspace never reaches another's rows.
 */
@MomentosTest
@Import(Fixtures.class)
class ExplorerIndexTests {

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

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aViewOfMoreThanAThousandSignalsSaysSoInThePageAndTheApi() throws Exception {
		Team team = this.fixtures.aWorkspace("Explorer cap");
		List<NewSignal> batch = new ArrayList<>();
		Instant now = Instant.now();
		IntStream.range(0, Explorer.COUNT_CAP + 1)
			.forEach((i) -> batch.add(signal(i == 0 ? SignalSource.REVIEW : SignalSource.SURVEY,
					"El pedido llegó tarde, número " + i, 3, now.minusSeconds(60L * i))));
		this.signals.receiveAll(team.workspace().id(), batch);
		awaitJudged(team, batch.size());

		Explorer.Page all = this.explorer.search(team.ownerAccess(), filter(null, null, null, null), 0);
		assertThat(all.total()).isEqualTo(Explorer.COUNT_CAP);
		assertThat(all.totalCapped()).isTrue();
		assertThat(all.hasMore()).isTrue();
		Explorer.Page words = this.explorer.search(team.ownerAccess(), filter("pedido tarde", null, null, null), 0);
		assertThat(words.totalCapped()).isTrue();
		assertThat(words.results()).hasSize(Explorer.PAGE_SIZE);
		Explorer.Page reviews = this.explorer.search(team.ownerAccess(), new ExplorerFilter("pedido", null, null,
				List.of("REVIEW"), null, null, null, null, null, null, null, null), 0);
		assertThat(reviews.total()).isEqualTo(1);
		assertThat(reviews.totalCapped()).isFalse();

		assertThat(page(team, "es")).contains("Más de 1.000 señales");
		assertThat(page(team, "en")).contains("More than 1,000 signals");
		JsonNode api = new ApiClient(this.port, this.fixtures.anApiKey(team, ApiScope.READ))
			.get("/api/v1/signals/search?q=pedido")
			.json();
		assertThat(api.get("total").asLong()).isEqualTo(Explorer.COUNT_CAP);
		assertThat(api.get("totalCapped").asBoolean()).isTrue();
	}

	@Test
	void eachTextIsStemmedInItsLanguageAndFoundInEither() throws Exception {
		Team team = this.fixtures.aWorkspace("Explorer languages");
		Instant now = Instant.now();
		List<SignalId> ids = this.signals
			.receiveAll(team.workspace().id(),
					List.of(signal(SignalSource.REVIEW, "Me cobraron dos veces y nadie contesta el teléfono", 2, now),
							signal(SignalSource.REVIEW, "They charged me twice and nobody answers the phone", 2, now)))
			.stream()
			.map((receipt) -> ((Receipt.Accepted) receipt).signal())
			.toList();
		awaitJudged(team, 2);

		// One stemming each: the Spanish text has no English stems, and the other way
		// round.
		assertThat(document(ids.get(0))).contains("'cobr'").doesNotContain("'cobraron'");
		assertThat(document(ids.get(1))).contains("'charg'").doesNotContain("'charged'");
		assertThat(this.explorer.search(team.ownerAccess(), filter("cobros", null, null, null), 0).total())
			.isEqualTo(1);
		assertThat(this.explorer.search(team.ownerAccess(), filter("charges", null, null, null), 0).total())
			.isEqualTo(1);
		assertThat(this.explorer.search(team.ownerAccess(), filter("teléfono", null, null, null), 0).total())
			.isEqualTo(1);
		assertThat(this.explorer.search(team.ownerAccess(), filter("phones", null, null, null), 0).total())
			.isEqualTo(1);
	}

	private String document(SignalId signal) {
		return this.jdbc.sql("select document::text from signal_search where signal_id = ?")
			.param(signal.value())
			.query(String.class)
			.single();
	}

	@Test
	void daysAreUtcDaysWhateverTheServerZone() {
		Team team = this.fixtures.aWorkspace("Explorer days");
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(10);
		say(team, "Llegó la víspera", 9, day.minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC));
		say(team, "Llegó el día", 9, day.atTime(0, 30).toInstant(ZoneOffset.UTC));
		say(team, "Llegó al final del día", 9, day.atTime(23, 59).toInstant(ZoneOffset.UTC));
		say(team, "Llegó al día siguiente", 9, day.plusDays(1).atTime(0, 0).toInstant(ZoneOffset.UTC));
		TimeZone server = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("America/Mexico_City"));
			assertThat(texts(team, filter(null, null, day, day))).containsExactly("Llegó al final del día",
					"Llegó el día");
			assertThat(texts(team, filter("llegó", null, day, day.plusDays(1))))
				.containsExactly("Llegó al día siguiente", "Llegó al final del día", "Llegó el día");
		}
		finally {
			TimeZone.setDefault(server);
		}
	}

	@Test
	void signalsWithoutTextAndChangedVerdictsAreFound() {
		Team team = this.fixtures.aWorkspace("Explorer verdicts");
		SignalId scoreOnly = say(team, null, 7, Instant.now().minusSeconds(60));
		assertThat(this.explorer.search(team.ownerAccess(), filter(null, List.of(Verdict.NEUTRAL), null, null), 0)
			.results()).extracting(ExplorerResult::signal).containsExactly(scoreOnly.value());
		VerdictRules strict = new VerdictRules(7, 9, 2, 5, 3, 2.0, 5.0, -0.35, -0.8, 0.5,
				VerdictRules.DEFAULTS.criticalMoments(), VerdictRules.DEFAULTS.criticalFlags());
		assertThat(this.verdicts.changeRules(team.ownerAccess(), strict)).isEqualTo(1);
		assertThat(this.explorer.search(team.ownerAccess(), filter(null, List.of(Verdict.NEUTRAL), null, null), 0)
			.results()).isEmpty();
		Explorer.Page bad = this.explorer.search(team.ownerAccess(), filter(null, List.of(Verdict.BAD), null, null), 0);
		assertThat(bad.results()).extracting(ExplorerResult::verdict).containsExactly(Verdict.BAD);
		assertThat(bad.total()).isEqualTo(1);
	}

	@Test
	void noFilterReachesAnotherWorkspace() {
		Team mine = this.fixtures.aWorkspace("Explorer mine");
		Team theirs = this.fixtures.aWorkspace("Explorer theirs");
		say(mine, "Me cobraron dos veces", 2, Instant.now().minusSeconds(60));
		SignalId theirsCharged = say(theirs, "Me cobraron dos veces el envío", 2, Instant.now().minusSeconds(60));
		say(theirs, null, 1, Instant.now().minusSeconds(60));
		for (ExplorerFilter filter : List.of(filter(null, null, null, null), filter("cobro", null, null, null),
				filter(null, List.of(Verdict.BAD, Verdict.CRITICAL), null, null), new ExplorerFilter(null, null, null,
						null, null, null, null, null, null, null, null, theirsCharged.value()))) {
			Explorer.Page page = this.explorer.search(mine.ownerAccess(), filter, 0);
			assertThat(page.results()).as(filter.toString())
				.extracting(ExplorerResult::text)
				.allMatch("Me cobraron dos veces"::equals);
			assertThat(page.total()).as(filter.toString()).isLessThanOrEqualTo(1);
		}
		assertThat(this.explorer.search(theirs.ownerAccess(), filter(null, null, null, null), 0).total()).isEqualTo(2);
	}

	private List<String> texts(Team team, ExplorerFilter filter) {
		return this.explorer.search(team.ownerAccess(), filter, 0)
			.results()
			.stream()
			.map(ExplorerResult::text)
			.toList();
	}

	private String page(Team team, String language) throws Exception {
		return this.mvc
			.perform(
					get("/w/" + team.slug() + "/explorer").header("Accept-Language", language).with(user(team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private SignalId say(Team team, String text, Integer nps, Instant occurredAt) {
		Receipt receipt = this.signals.receive(team.workspace().id(),
				signal(SignalSource.SURVEY, text, nps, occurredAt));
		SignalId signal = ((Receipt.Accepted) receipt).signal();
		AutomaticVerdicts.awaitFor(this.verdicts, team.workspace().id(), signal);
		return signal;
	}

	private void awaitJudged(Team team, long count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (this.verdicts.countJudged(team.workspace().id()) < count) {
			assertThat(Instant.now()).as("every signal judged").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private static NewSignal signal(SignalSource source, String text, Integer nps, Instant occurredAt) {
		return new NewSignal(source, occurredAt, null, null, new Scores(nps, null, null, null), null, text, null,
				Map.of(), UUID.randomUUID().toString(), null);
	}

	private static ExplorerFilter filter(String text, List<Verdict> verdicts, LocalDate from, LocalDate to) {
		return new ExplorerFilter(text, null, null, null, verdicts, null, null, from, to, null, null, null);
	}

}
