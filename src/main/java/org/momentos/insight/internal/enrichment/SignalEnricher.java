package org.momentos.insight.internal.enrichment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.momentos.insight.Analysis;
import org.momentos.insight.Enrichment;
import org.momentos.insight.Enrichments;
import org.momentos.insight.SignalsEnriched;
import org.momentos.insight.TextAnalyzer;
import org.momentos.insight.internal.enrichment.EnrichmentStore.SignalText;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches signals in batches: reads their texts in one query, analyses them outside any
 * transaction, then stores the batch with one upsert and publishes one
 * {@link SignalsEnriched} per workspace with the rows actually written, in one
 * transaction. Processing a signal twice with the same engine writes and publishes once.
 */
@Service
class SignalEnricher implements Enrichments {

	/** At most this many signals per statement. */
	static final int BATCH = 1000;

	private final EnrichmentStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final TextAnalyzer analyzer = TextAnalyzer.create();

	private final String version = TextAnalyzer.engineVersion();

	private final Clock clock = Clock.systemUTC();

	SignalEnricher(EnrichmentStore store, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.store = store;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public Optional<Enrichment> of(WorkspaceId workspace, SignalId signal) {
		return this.store.find(workspace, signal);
	}

	@Override
	public Map<SignalId, Enrichment> of(WorkspaceId workspace, Collection<SignalId> signals) {
		return this.store.findAll(workspace, signals)
			.stream()
			.collect(Collectors.toMap(Enrichment::signal, Function.identity()));
	}

	/**
	 * Enriches these signals (at most {@link #BATCH}); with {@code replace}, also those
	 * already enriched by this engine. Returns how many enrichments were written.
	 */
	int enrich(Collection<SignalId> signals, boolean replace) {
		List<SignalId> unique = new ArrayList<>(new LinkedHashSet<>(signals));
		if (unique.size() > BATCH) {
			throw new IllegalArgumentException("At most " + BATCH + " signals per batch");
		}
		Instant now = this.clock.instant();
		List<Enrichment> rows = this.store.texts(unique).stream().map((text) -> enrichment(text, now)).toList();
		Map<SignalId, WorkspaceId> workspaces = rows.stream()
			.collect(Collectors.toMap(Enrichment::signal, Enrichment::workspace));
		Integer written = this.transactions.execute((status) -> {
			List<SignalId> stored = this.store.upsert(rows, replace);
			Map<WorkspaceId, List<SignalId>> byWorkspace = new LinkedHashMap<>();
			for (SignalId id : stored) {
				byWorkspace.computeIfAbsent(workspaces.get(id), (key) -> new ArrayList<>()).add(id);
			}
			byWorkspace.forEach(
					(workspace, ids) -> this.events.publishEvent(new SignalsEnriched(workspace, ids, this.version)));
			return stored.size();
		});
		return (written != null) ? written : 0;
	}

	private Enrichment enrichment(SignalText signal, Instant now) {
		Optional<Analysis> analysis = signal.text().isEmpty() ? Optional.empty()
				: Optional.of(this.analyzer.analyze(signal.text(), signal.language()));
		return new Enrichment(signal.signal(), signal.workspace(), this.version, analysis, now);
	}

	/** Enriches, batch by batch, every signal without an enrichment of this engine. */
	long enrichStale() {
		return reanalyze(Optional.empty(), false, (done, total) -> {
		});
	}

	@Override
	public long reanalyze(Optional<WorkspaceId> workspace, boolean everything, Progress progress) {
		long total = this.store.countToAnalyse(workspace, everything, this.version);
		long done = 0;
		long written = 0;
		long after = 0;
		progress.advanced(0, total);
		List<SignalId> batch;
		while (!(batch = this.store.toAnalyse(workspace, everything, this.version, after, BATCH)).isEmpty()) {
			written += enrich(batch, everything);
			done += batch.size();
			after = batch.get(batch.size() - 1).value();
			progress.advanced(Math.min(done, total), total);
		}
		return written;
	}

	String version() {
		return this.version;
	}

}
