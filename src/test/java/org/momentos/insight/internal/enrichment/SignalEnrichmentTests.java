package org.momentos.insight.internal.enrichment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.insight.Aspect;
import org.momentos.insight.Enrichment;
import org.momentos.insight.Enrichments;
import org.momentos.insight.Flag;
import org.momentos.insight.SentimentLabel;
import org.momentos.insight.SignalsEnriched;
import org.momentos.insight.TextAnalyzer;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A received signal is analysed in the background, stored with its signal and announced
 * once; processing it again changes nothing; an engine upgrade is caught up by reanalyze.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalEnrichmentTests {

	@Autowired
	Signals signals;

	@Autowired
	Enrichments enrichments;

	@Autowired
	SignalEnricher enricher;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	Team team;

	final ConcurrentHashMap<SignalId, AtomicLong> announced = new ConcurrentHashMap<>();

	final ApplicationListener<PayloadApplicationEvent<SignalsEnriched>> counter = (event) -> event.getPayload()
		.signals()
		.forEach((signal) -> this.announced.computeIfAbsent(signal, (id) -> new AtomicLong()).incrementAndGet());

	@BeforeEach
	void aWorkspaceAndAnEarOnSignalsEnriched() {
		this.team = this.fixtures.aWorkspace("Enrichment");
		this.context.addApplicationListener(this.counter);
	}

	@AfterEach
	void stopListening() {
		this.context.removeApplicationListener(this.counter);
	}

	@Test
	void aReceivedSignalIsEnrichedAndAnnounced() {
		SignalId id = receive(
				"La comida estaba rica pero el camarero fue muy borde. Si me vuelven a cobrar de más, me doy de baja.");

		Enrichment enrichment = awaitEnrichment(id);

		assertThat(enrichment.engineVersion()).isEqualTo(TextAnalyzer.engineVersion());
		assertThat(enrichment.sentiment().orElseThrow().label()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(enrichment.aspects()).extracting(Aspect::theme).contains("food_drink", "staff_attitude");
		assertThat(enrichment.flags()).contains(Flag.CHURN_THREAT);
		assertThat(this.announced.get(id)).hasValue(1);
	}

	@Test
	void processingASignalTwiceWritesAndPublishesOnce() {
		SignalId id = receive("Great staff, the delivery was quick");
		awaitEnrichment(id);

		assertThat(this.enricher.enrich(List.of(id, id), false)).isZero();
		assertThat(this.enricher.enrich(List.of(id), false)).isZero();
		assertThat(this.enricher.enrich(List.of(id, new SignalId(Long.MAX_VALUE)), false)).isZero();

		assertThat(this.announced.get(id)).hasValue(1);
		assertThat(this.jdbc.sql("select count(*) from signal_enrichment where signal_id = ?")
			.param(id.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSignalWithoutTextIsEnrichedWithoutAnAnalysis() {
		Receipt receipt = this.signals.receive(this.team.workspace().id(), new NewSignal(SignalSource.SURVEY, null,
				null, null, new Scores(9, null, null, null), null, null, null, null, null, null));
		SignalId id = ((Receipt.Accepted) receipt).signal();

		assertThat(awaitEnrichment(id).analysis()).isEmpty();
	}

	@Test
	void reanalyzeRewritesWhatAnOlderEngineMade() {
		SignalId id = receive("The room was dirty and nobody answered the phone");
		awaitEnrichment(id);
		this.jdbc.sql("update signal_enrichment set engine_version = 'older' where signal_id = ?")
			.param(id.value())
			.update();

		AtomicLong lastDone = new AtomicLong(-1);
		long written = this.enrichments.reanalyze(Optional.of(this.team.workspace().id()), false,
				(done, total) -> lastDone.set((done == total) ? done : -1));

		assertThat(written).isEqualTo(1);
		assertThat(lastDone).hasValue(1);
		assertThat(awaitEnrichment(id).engineVersion()).isEqualTo(TextAnalyzer.engineVersion());
		assertThat(this.announced.get(id)).hasValue(2);
		assertThat(this.enrichments.reanalyze(Optional.of(this.team.workspace().id()), false, (done, total) -> {
		})).isZero();
	}

	@Test
	void anotherWorkspaceDoesNotSeeTheEnrichment() {
		SignalId id = receive("Excelente atención");
		awaitEnrichment(id);

		assertThat(this.enrichments.of(this.fixtures.aWorkspace("Other").workspace().id(), id)).isEmpty();
	}

	private SignalId receive(String text) {
		Receipt receipt = this.signals.receive(this.team.workspace().id(),
				new NewSignal(SignalSource.REVIEW, null, null, null, Scores.NONE, null, text, null, null, null, null));
		return ((Receipt.Accepted) receipt).signal();
	}

	private Enrichment awaitEnrichment(SignalId id) {
		return Fixtures.await(() -> this.enrichments.of(this.team.workspace().id(), id), Duration.ofSeconds(10));
	}

}
