package org.momentos;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

import org.momentos.insight.Enrichments;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@code momentos bench-enrichment}: measures enrichment end to end on a throw-away
 * database. It receives N bilingual signals of about 150 characters through
 * {@link Signals#receiveAll} (each stored with its {@code SignalReceived} event), waits
 * until every one has its enrichment, then re-analyses them all with {@code reanalyze}. A
 * benchmark, not a test: it prints figures.
 */
@Command(name = "bench-enrichment", hidden = true, mixinStandardHelpOptions = true,
		description = "Benchmark: receive N signals and time their enrichment end to end.")
class EnrichmentBenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--signals", defaultValue = "100000", description = "How many signals (default ${DEFAULT-VALUE}).")
	int count;

	@Override
	public Integer call() throws Exception {
		PrintWriter err = this.spec.commandLine().getErr();
		Path data = BenchTexts.temporaryDirectory();
		DatabaseOptions database = BenchTexts.throwAwayDatabase(data);
		try (ConfigurableApplicationContext context = OfflineMomentos.start(database)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			WorkspaceId workspace = new WorkspaceId(
					jdbc.sql("insert into workspace (slug, name) values ('bench', 'Bench') returning id")
						.query(Long.class)
						.single());
			Signals signals = context.getBean(Signals.class);
			List<NewSignal> all = texts(this.count);
			long started = System.nanoTime();
			for (int from = 0; from < all.size(); from += 1000) {
				signals.receiveAll(workspace, all.subList(from, Math.min(from + 1000, all.size())));
			}
			double received = seconds(started);
			long enriched;
			while ((enriched = enrichedCount(jdbc, workspace)) < this.count) {
				Thread.sleep(50);
			}
			double endToEnd = seconds(started);
			err.printf(
					"Received %,d signals in %.1f s (%,.0f/s); all enriched after %.1f s: %,.0f signals/s end to end%n",
					this.count, received, this.count / received, endToEnd, enriched / endToEnd);
			long again = System.nanoTime();
			long written = context.getBean(Enrichments.class).reanalyze(Optional.of(workspace), true, (d, t) -> {
			});
			double reanalysis = seconds(again);
			err.printf("Reanalyzed %,d signals in %.1f s: %,.0f signals/s%n", written, reanalysis,
					written / reanalysis);
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
		return 0;
	}

	private static long enrichedCount(JdbcClient jdbc, WorkspaceId workspace) {
		return jdbc.sql("select count(*) from signal_enrichment where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single();
	}

	private static List<NewSignal> texts(int count) {
		Random random = new Random(7);
		List<NewSignal> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String text = BenchTexts.comment(random, i);
			texts.add(new NewSignal(SignalSource.REVIEW, null, null, null, Scores.NONE, null, text, null, null,
					"bench-" + i, null));
		}
		return texts;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
