package org.momentos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.momentos.analytics.Explorer;
import org.momentos.analytics.ExplorerFilter;
import org.momentos.analytics.JourneyHealth;
import org.momentos.analytics.Priorities;
import org.momentos.analytics.Segments;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.Verdicts;
import org.momentos.demo.DemoWorkspace;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneySummary;
import org.momentos.journey.Journeys;
import org.momentos.recovery.RecoveryFigures;
import org.momentos.workspace.WorkspaceAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code momentos bench analytics}: how fast the analytics answer on the demo workspace
 * of a data directory filled by {@code demo-data}: journey health, the dashboards, the
 * explorer's filtered full-text search and a 100,000-row CSV export. Only reads.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true,
		description = "Query latencies of journey health, dashboards and the explorer on the demo workspace "
				+ "(fill it first with 'demo-data'; not while the server runs on the same data directory).")
class AnalyticsBenchCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	static final int SECONDS_PER_QUERY = 60;

	@Option(names = "--runs", defaultValue = "40", description = "Measured runs of each query (${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--exports", defaultValue = "3", description = "Measured CSV exports (${DEFAULT-VALUE}).")
	int exports;

	@Override
	public Integer call() throws IOException {
		try (ConfigurableApplicationContext momentos = OfflineMomentos.start(this.database)) {
			WorkspaceAccess access = momentos.getBean(DemoWorkspace.class).access();
			long judged = momentos.getBean(Verdicts.class).countJudged(access.workspaceId());
			List<JourneyId> journeys = momentos.getBean(Journeys.class)
				.list(access)
				.stream()
				.filter((journey) -> journey.publishedVersion() != null)
				.map(JourneySummary::id)
				.toList();
			if (judged == 0 || journeys.isEmpty()) {
				System.err.println("The demo workspace has no judged signals: run './momentos demo-data' first.");
				return 1;
			}
			System.out.printf("cores: %d, load average: %.1f, judged signals in the demo workspace: %,d, runs: %d%n",
					Runtime.getRuntime().availableProcessors(), BenchCommand.loadAverage(), judged, this.runs);
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			JourneyHealth health = momentos.getBean(JourneyHealth.class);
			Segments segments = momentos.getBean(Segments.class);
			Priorities priorities = momentos.getBean(Priorities.class);
			RecoveryFigures recovery = momentos.getBean(RecoveryFigures.class);
			Explorer explorer = momentos.getBean(Explorer.class);
			measure("journey health, 30 days (live map, API)",
					(i) -> health.of(access, journeys.get(i % journeys.size()), today.minusDays(29), today));
			measure("journey health, 90 days",
					(i) -> health.of(access, journeys.get(i % journeys.size()), today.minusDays(89), today));
			List<String> attributes = List.of("store", "agent", "product", "channel");
			measure("health by segment (store, agent...), 30 days",
					(i) -> segments.by(access, attributes.get(i % attributes.size()), today.minusDays(29), today));
			measure("health by segment, 90 days",
					(i) -> segments.by(access, attributes.get(i % attributes.size()), today.minusDays(89), today));
			measure("priorities page, 7 days", (i) -> priorities.of(access, today.minusDays(6), today));
			measure("priorities page, 30 days", (i) -> priorities.of(access, today.minusDays(29), today));
			List<String> words = List.of("cobro", "charged twice", "cobro duplicado", "refund");
			measure("explorer: text + journey + 90 days + verdict, page and count", (i) -> explorer.search(access,
					textFilter(words.get(i % words.size()), journeys.get(i % journeys.size()), today), 0));
			measure("explorer: journey + 30 days, no text, page and count",
					(i) -> explorer.search(access, new ExplorerFilter(null, journeys.get(i % journeys.size()).value(),
							null, null, null, null, null, today.minusDays(29), today, null, null, null), 0));
			List<ExplorerFilter.Sort> orders = List.of(ExplorerFilter.Sort.MOST_NEGATIVE,
					ExplorerFilter.Sort.MOST_POSITIVE);
			measure("explorer: most negative / positive, all time, page and count",
					(i) -> explorer.search(access, new ExplorerFilter(null, null, null, null, null, null, null, null,
							null, null, orders.get(i % orders.size()), null), 0));
			export(explorer, access, today);
			measure("recovery dashboard", (i) -> recovery.overview(access));
		}
		return 0;
	}

	private static ExplorerFilter textFilter(String text, JourneyId journey, LocalDate today) {
		return new ExplorerFilter(text, journey.value(), null, null, List.of(Verdict.BAD, Verdict.CRITICAL), null, null,
				today.minusDays(89), today, null, null, null);
	}

	/**
	 * A few warm-up runs, then {@link #runs} measured ones, or fewer when a query is so
	 * slow that they would take more than {@link #SECONDS_PER_QUERY} seconds.
	 */
	private void measure(String what, IntConsumer query) {
		long deadline = System.nanoTime() + SECONDS_PER_QUERY * 1_000_000_000L;
		for (int i = 0; i < Math.max(3, this.runs / 5) && System.nanoTime() < deadline; i++) {
			query.accept(i);
		}
		long[] latencies = new long[this.runs];
		int done = 0;
		while (done < this.runs && (done < 3 || System.nanoTime() < deadline)) {
			long start = System.nanoTime();
			query.accept(done);
			latencies[done++] = System.nanoTime() - start;
		}
		long[] measured = Arrays.copyOf(latencies, done);
		Arrays.sort(measured);
		System.out.printf("%-62s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%s%n", what, percentile(measured, 50),
				percentile(measured, 95), measured[done - 1] / 1e6, (done < this.runs) ? " (" + done + " runs)" : "");
		System.out.flush();
	}

	/**
	 * The explorer's CSV export of the whole year (no filter), up to its limit, written
	 * to a temporary file the way the export page writes it.
	 */
	private void export(Explorer explorer, WorkspaceAccess access, LocalDate today) throws IOException {
		ExplorerFilter year = new ExplorerFilter(null, null, null, null, null, null, null, today.minusDays(364), today,
				null, null, null);
		Path file = Files.createTempFile("momentos-bench-export", ".csv");
		try {
			List<String> figures = new ArrayList<>();
			for (int run = 0; run < this.exports; run++) {
				AtomicLong rows = new AtomicLong();
				long start = System.nanoTime();
				try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
						CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
					explorer.export(access, year, (result) -> {
						try {
							csv.printRecord(result.signal(), result.source(), result.occurredAt(), result.title(),
									result.text(), result.nps(), result.csat(), result.ces(), result.verdict(),
									result.sentiment(), String.join(" ", result.themes()), result.touchpointKey(),
									result.attributes());
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						rows.incrementAndGet();
					});
				}
				figures.add(String.format("%.2f s", (System.nanoTime() - start) / 1e9));
				if (run == this.exports - 1) {
					System.out.printf("%-62s %s for %,d rows (%,d bytes)%n", "explorer CSV export of a year",
							String.join(", ", figures), rows.get(), Files.size(file));
					System.out.flush();
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static double percentile(long[] sorted, int percent) {
		return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1] / 1e6;
	}

}
