package org.momentos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code momentos bench pipeline}: batches of signals through the whole pipeline in a
 * throw-away embedded PostgreSQL: received ({@code Signals.receiveAll}), enriched by the
 * text engine, judged by analytics (verdict, roll-ups, search index), then read by
 * recovery's alert rules. Prints when the last signal reached each stage, and checks that
 * the roll-ups counted every signal exactly once.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
		description = "Signals received, enriched and judged end to end; prints the rates (never your data).")
class PipelineBench implements Callable<Integer> {

	@Option(names = "--signals", defaultValue = "100000", description = "Signals to send (${DEFAULT-VALUE}).")
	int count;

	@Option(names = "--batch", defaultValue = "5000", description = "Signals per receiveAll (${DEFAULT-VALUE}).")
	int batch;

	@Option(names = "--timeout", defaultValue = "600", description = "Give up after this many seconds.")
	int timeout;

	@Option(names = "--statements",
			description = "Also list the SQL statements that took longest (pg_stat_statements).")
	boolean statements;

	@Override
	public Integer call() throws Exception {
		Path data = BenchTexts.temporaryDirectory();
		DatabaseOptions database = BenchTexts.throwAwayDatabase(data);
		if (this.statements) {
			StatementStatistics.enableBeforeStart();
		}
		try (ConfigurableApplicationContext context = OfflineMomentos.start(database)) {
			Signals signals = context.getBean(Signals.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			WorkspaceId warm = BenchCommand.aWorkspace(context, "Bench warm-up");
			send(signals, warm, "warm", Math.min(20_000, this.count));
			awaitJudged(jdbc, warm, Math.min(20_000, this.count), System.nanoTime());
			// The warm-up's alert rules too: their cases must not count in the run.
			awaitEvents(jdbc, System.nanoTime());

			WorkspaceId workspace = BenchCommand.aWorkspace(context, "Bench pipeline");
			if (this.statements) {
				StatementStatistics.reset(jdbc);
			}
			CpuTime cpu = new CpuTime(data.resolve("postgres"));
			long start = System.nanoTime();
			send(signals, workspace, "run", this.count);
			double received = (System.nanoTime() - start) / 1e9;
			double[] stages = awaitJudged(jdbc, workspace, this.count, start);
			if (stages == null) {
				System.out.printf("FAILED: not every signal was judged within %d s%n", this.timeout);
				return 1;
			}
			double judgedCpu = cpu.seconds();
			double judgedDatabaseCpu = cpu.databaseSeconds();
			double alerts = awaitEvents(jdbc, start);
			double allCpu = cpu.seconds();
			long counted = jdbc.sql("select coalesce(sum(signals), 0) from moment_health_daily where workspace_id = ?")
				.param(workspace.value())
				.query(Long.class)
				.single();
			System.out.printf("cores: %d, load average: %.1f, signals: %,d, batch: %,d%n",
					Runtime.getRuntime().availableProcessors(), BenchCommand.loadAverage(), this.count, this.batch);
			System.out.printf("received: %,.0f signals/s (%.2f s)%n", this.count / received, received);
			System.out.printf("enriched: %,.0f signals/s end to end (last one after %.2f s)%n", this.count / stages[0],
					stages[0]);
			System.out.printf("judged:   %,.0f signals/s end to end (last one after %.2f s)%n", this.count / stages[1],
					stages[1]);
			System.out.printf("alert rules applied to every verdict after %.2f s%n", alerts);
			System.out.printf(
					"CPU (Momentos and its PostgreSQL): %.2f ms per signal until judged, %.2f ms with alerts:"
							+ " %,.0f signals/s if %d cores did nothing else%n",
					1000 * judgedCpu / this.count, 1000 * allCpu / this.count,
					this.count / allCpu * Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().availableProcessors());
			System.out.printf("  of which PostgreSQL: %.2f ms per signal until judged, %.2f ms with alerts%n",
					1000 * judgedDatabaseCpu / this.count, 1000 * cpu.databaseSeconds() / this.count);
			if (this.statements) {
				StatementStatistics.print(jdbc, this.count, "signal");
			}
			long cases = jdbc.sql("select count(*) from recovery_case where workspace_id = ?")
				.param(workspace.value())
				.query(Long.class)
				.single();
			System.out.printf("cases opened by the alert rules: %,d (%.0f %% of the signals)%n", cases,
					100.0 * cases / this.count);
			System.out.printf("roll-ups count %,d signals (%s)%n", counted,
					counted == this.count ? "each once" : "EXPECTED " + this.count);
			return counted == this.count ? 0 : 1;
		}
		finally {
			BenchCommand.deleteRecursively(data);
		}
	}

	private void send(Signals signals, WorkspaceId workspace, String prefix, int total) {
		Random random = new Random(7);
		for (int from = 0; from < total; from += this.batch) {
			List<NewSignal> batch = new ArrayList<>(this.batch);
			for (int i = from; i < Math.min(total, from + this.batch); i++) {
				String text = BenchTexts.comment(random, i);
				Scores scores = (i % 3 == 0) ? new Scores(random.nextInt(11), null, null, null) : Scores.NONE;
				batch.add(new NewSignal(SignalSource.REVIEW, null, "customer" + (i % 5000) + "@example.test", null,
						scores, null, text, null, Map.of("store", "S" + (i % 40)), prefix + "-" + i, null));
			}
			signals.receiveAll(workspace, batch);
		}
	}

	/**
	 * Seconds from {@code start} until every signal was enriched and until every one was
	 * judged; null when that takes longer than the timeout.
	 */
	private double[] awaitJudged(JdbcClient jdbc, WorkspaceId workspace, long total, long start)
			throws InterruptedException {
		double enriched = -1;
		long deadline = start + this.timeout * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (enriched < 0 && count(jdbc, "signal_enrichment", workspace) >= total) {
				enriched = (System.nanoTime() - start) / 1e9;
			}
			if (enriched >= 0 && count(jdbc, "signal_verdict", workspace) >= total) {
				return new double[] { enriched, (System.nanoTime() - start) / 1e9 };
			}
			Thread.sleep(100);
		}
		return null;
	}

	/** Seconds from {@code start} until no event publication is left incomplete. */
	private double awaitEvents(JdbcClient jdbc, long start) throws InterruptedException {
		long deadline = start + this.timeout * 1_000_000_000L;
		while (System.nanoTime() < deadline
				&& jdbc.sql("select exists (select 1 from event_publication where completion_date is null)")
					.query(Boolean.class)
					.single()) {
			Thread.sleep(100);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static long count(JdbcClient jdbc, String table, WorkspaceId workspace) {
		return jdbc.sql("select count(*) from " + table + " where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single();
	}

}
