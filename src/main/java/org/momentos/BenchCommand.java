package org.momentos;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;
import org.momentos.workspace.WorkspaceSetup;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code momentos bench}: measures the signal store on this machine, in a throw-away
 * embedded PostgreSQL, and prints the figures (docs/signals.md lists them).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure signal ingestion in a throw-away embedded PostgreSQL (never your data).",
		subcommands = { BenchCommand.Ingest.class, BenchCommand.Latency.class, PipelineBench.class,
				AnalyticsBenchCommand.class })
class BenchCommand {

	/** Batch ingest through {@code Signals.receiveAll} against a plain COPY ceiling. */
	@Command(name = "ingest", mixinStandardHelpOptions = true,
			description = "Batch ingest of short signals vs a plain COPY of the same rows into the same table.")
	static class Ingest implements Callable<Integer> {

		@Option(names = "--signals", defaultValue = "200000", description = "Signals to ingest (${DEFAULT-VALUE}).")
		int count;

		@Option(names = "--batch", defaultValue = "10000", description = "Batch size (${DEFAULT-VALUE}).")
		int batch;

		@Override
		public Integer call() throws Exception {
			Path data = BenchTexts.temporaryDirectory();
			DatabaseOptions database = BenchTexts.throwAwayDatabase(data);
			// Analysis deferred: the signals are stored with their events, but the
			// enrichment worker (and what follows it) stays off during the measurement.
			System.setProperty("momentos.insight.enrichment.worker", "false");
			try (ConfigurableApplicationContext context = OfflineMomentos.start(database)) {
				Signals signals = context.getBean(Signals.class);
				TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
				WorkspaceId ours = aWorkspace(context, "Bench ingest");
				ingest(signals, transactions, ours, "warm", 20_000);
				long start = System.nanoTime();
				ingest(signals, transactions, ours, "run", this.count);
				double seconds = (System.nanoTime() - start) / 1e9;
				double rate = this.count / seconds;

				WorkspaceId ceiling = aWorkspace(context, "Bench copy");
				copy(context.getBean(DataSource.class), ceiling, "warm", 20_000);
				long copyStart = System.nanoTime();
				copy(context.getBean(DataSource.class), ceiling, "run", this.count);
				double copySeconds = (System.nanoTime() - copyStart) / 1e9;
				double copyRate = this.count / copySeconds;
				System.out.printf("cores: %d, load average: %.1f, signals: %,d, batch: %,d%n",
						Runtime.getRuntime().availableProcessors(), loadAverage(), this.count, this.batch);
				System.out.printf("Signals.receiveAll: %,.0f signals/s (%.2f s)%n", rate, seconds);
				System.out.printf("COPY ceiling:       %,.0f rows/s (%.2f s)%n", copyRate, copySeconds);
				System.out.printf("fraction of COPY:   %.2f%n", rate / copyRate);
			}
			finally {
				deleteRecursively(data);
			}
			return 0;
		}

		private void ingest(Signals signals, TransactionTemplate transactions, WorkspaceId workspace, String prefix,
				int total) {
			for (int from = 0; from < total; from += this.batch) {
				List<NewSignal> batch = new ArrayList<>(this.batch);
				for (int i = from; i < Math.min(total, from + this.batch); i++) {
					batch.add(new NewSignal(SignalSource.TICKET, null, "customer" + (i % 5000) + "@example.test", null,
							Scores.NONE, null, text(i), "es", Map.of("store", "S" + (i % 40)), prefix + "-" + i, null));
				}
				transactions.executeWithoutResult((status) -> signals.receiveAll(workspace, batch));
			}
		}

		private void copy(DataSource dataSource, WorkspaceId workspace, String prefix, int total) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (int from = 0; from < total; from += this.batch) {
					StringBuilder rows = new StringBuilder();
					String now = Instant.now().toString();
					for (int i = from; i < Math.min(total, from + this.batch); i++) {
						rows.append(workspace.value())
							.append(",TICKET,")
							.append(now)
							.append(",customer")
							.append(i % 5000)
							.append("@example.test,")
							.append(text(i))
							.append(",es,\"{\"\"store\"\": \"\"S")
							.append(i % 40)
							.append("\"\"}\",")
							.append(prefix)
							.append('-')
							.append(i)
							.append('\n');
					}
					copy.copyIn(
							"copy signal (workspace_id, source, occurred_at, customer_ref, text, language, "
									+ "attributes, external_id) from stdin (format csv)",
							new StringReader(rows.toString()));
				}
			}
		}

		private static String text(int i) {
			return "Short signal number " + i + " la entrega llegó tarde";
		}

	}

	/** Single-signal POSTs at a fixed rate, latency from the scheduled send time. */
	@Command(name = "latency", mixinStandardHelpOptions = true,
			description = "Single-signal POST /api/v1/signals at a fixed rate; prints latency percentiles.")
	static class Latency implements Callable<Integer> {

		@Option(names = "--rate", defaultValue = "500", description = "Requests per second (${DEFAULT-VALUE}).")
		int rate;

		@Option(names = "--seconds", defaultValue = "20", description = "Measured seconds (${DEFAULT-VALUE}).")
		int seconds;

		@Option(names = "--warm-up", defaultValue = "15",
				description = "Seconds of requests at the same rate before measuring (${DEFAULT-VALUE}).")
		int warmUp;

		@Option(names = "--url", description = "Base URL of a running Momentos (default: start one here).")
		String url;

		@Option(names = "--key", description = "An ingest API key of that Momentos (with --url).")
		String key;

		@Option(names = "--statements",
				description = "Also list the SQL statements that took longest (pg_stat_statements).")
		boolean statements;

		@Option(names = "--defer-analysis",
				description = "Keep the enrichment worker (and what follows it) off, to measure the API alone.")
		boolean deferAnalysis;

		@Override
		public Integer call() throws Exception {
			Path data = BenchTexts.temporaryDirectory();
			ConfigurableApplicationContext context = null;
			try {
				String base = this.url;
				String apiKey = this.key;
				if (base == null) {
					if (this.statements) {
						StatementStatistics.enableBeforeStart();
					}
					apiKey = "mk_bench" + UUID.randomUUID().toString().replace("-", "");
					// The bootstrap key belongs to the first workspace, created on first
					// start.
					context = SpringApplication.run(MomentosApplication.class, "--server.port=0",
							"--momentos.data-directory=" + data, "--logging.level.root=WARN",
							"--momentos.bootstrap-api-key=" + apiKey,
							"--momentos.insight.enrichment.worker=" + !this.deferAnalysis);
					base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
				}
				OpenLoopLoad load = new OpenLoopLoad(URI.create(base), 64);
				// Long enough for the JIT compilers to finish: the figures are those of a
				// server that has been running, not of its first seconds.
				run(load, base, apiKey, "warm", this.rate * this.warmUp);
				double warmClientSeconds = load.clientSeconds();
				JdbcClient jdbc = (context != null) ? context.getBean(JdbcClient.class) : null;
				if (jdbc != null && this.statements) {
					StatementStatistics.reset(jdbc);
				}
				CpuTime cpu = new CpuTime(data.resolve("postgres"));
				long[] latencies = run(load, base, apiKey, "run", this.rate * this.seconds);
				double cpuSeconds = cpu.seconds();
				double clientSeconds = load.clientSeconds() - warmClientSeconds;
				double databaseSeconds = cpu.databaseSeconds();
				Arrays.sort(latencies);
				System.out.printf(
						"cores: %d, load average: %.1f, rate: %d requests/s for %d s (%,d requests) after %d s of warm-up, analysis %s%n",
						Runtime.getRuntime().availableProcessors(), loadAverage(), this.rate, this.seconds,
						latencies.length, this.warmUp, this.deferAnalysis ? "deferred" : "running alongside");
				System.out.printf("collector: %s, event listener threads: %s%n", collectors(),
						(context != null)
								? context.getEnvironment().getProperty("spring.task.execution.pool.core-size", "8")
								: "(server elsewhere)");
				System.out.printf("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(latencies, 50),
						percentile(latencies, 95), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
				if (this.url == null) {
					System.out.printf(
							"CPU (server, load generator and PostgreSQL): %.2f ms per request, of which PostgreSQL %.2f ms, load generator %.2f ms%n",
							1000 * cpuSeconds / latencies.length, 1000 * databaseSeconds / latencies.length,
							1000 * clientSeconds / latencies.length);
				}
				if (jdbc != null && this.statements) {
					StatementStatistics.print(jdbc, latencies.length, "request");
				}
			}
			finally {
				if (context != null) {
					context.close();
				}
				deleteRecursively(data);
			}
			return 0;
		}

		private long[] run(OpenLoopLoad load, String base, String apiKey, String prefix, int total)
				throws InterruptedException {
			URI server = URI.create(base);
			long[] latencies = load.run(total, this.rate,
					(n) -> OpenLoopLoad.post(server, "/api/v1/signals", apiKey, "{\"source\":\"CHAT\",\"externalId\":\""
							+ prefix + "-" + n
							+ "\",\"text\":\"El chat me resolvió la duda enseguida\",\"scores\":{\"csat\":5}}"));
			long failed = Arrays.stream(latencies).filter((latency) -> latency == OpenLoopLoad.FAILED).count();
			if (failed > 0) {
				System.out.printf("%s: %d requests failed%n", prefix, failed);
			}
			return latencies;
		}

		/** The garbage collectors of this JVM (the server's, when it runs here). */
		private static String collectors() {
			return String.join(" + ",
					java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
						.stream()
						.map(java.lang.management.GarbageCollectorMXBean::getName)
						.toList());
		}

		private static double percentile(long[] sorted, int percent) {
			return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1] / 1e6;
		}

	}

	static WorkspaceId aWorkspace(ConfigurableApplicationContext context, String name) {
		return context.getBean(WorkspaceSetup.class)
			.createOwnedByFirstOwner(name + " " + UUID.randomUUID().toString().substring(0, 8))
			.orElseThrow()
			.workspaceId();
	}

	/** The machine's load: figures taken on a busy machine say so. */
	static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/**
	 * Deletes a throw-away data directory. A bench stopped with Ctrl-C gets here while
	 * its PostgreSQL still stops and removes files: what is left is named, not thrown.
	 */
	static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			System.err
				.println("Could not delete all of the throw-away directory " + directory + ": " + ex.getMessage());
		}
	}

}
