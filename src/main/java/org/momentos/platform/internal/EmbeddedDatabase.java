package org.momentos.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started by Momentos itself, keeping its files in the data
 * directory, so that a first run needs nothing installed but a JDK. Stopped cleanly when
 * the app stops.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Starts (and on first use initialises) the cluster kept in {@code directory}. */
	public static EmbeddedDatabase startIn(Path directory) {
		try {
			Files.createDirectories(directory);
			stopLeftoverServer(directory);
			boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
			logger.info(fresh ? "Creating the embedded PostgreSQL in {}" : "Starting the embedded PostgreSQL in {}",
					directory.toAbsolutePath());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "200")
				// A commit a client was told about survives the process being killed.
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("listen_addresses", "localhost")
				// Statistics follow fast-growing tables within seconds, not a minute:
				// plans
				// made from an empty table's statistics read whole tables
				// (docs/signals.md).
				.setServerConfig("autovacuum_naptime", "10s")
				.setPGStartupWait(Duration.ofSeconds(60));
			if (Boolean.getBoolean("momentos.database.statement-statistics")) {
				// Benchmarks count the statements each stage runs (bench pipeline
				// --statements).
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
			}
			EmbeddedPostgres postgres = builder.start();
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory.toAbsolutePath()
					+ " (is another Momentos using this data directory?)", ex);
		}
	}

	/**
	 * After a crash (kill -9) of Momentos, its PostgreSQL may still run on the data
	 * directory: stop it (it has no clients left) so this start can take the directory
	 * over.
	 */
	private static void stopLeftoverServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(firstLine))
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false))
			.ifPresent((leftover) -> {
				logger.warn("Stopping the PostgreSQL left running on {} by a previous Momentos", directory);
				leftover.destroy();
				try {
					leftover.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException("The PostgreSQL left running on " + directory
							+ " did not stop; stop it (pid " + leftover.pid() + ") and start Momentos again", ex);
				}
			});
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public String user() {
		return "postgres";
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
			logger.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
