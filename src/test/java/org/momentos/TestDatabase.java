package org.momentos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.momentos.platform.internal.EmbeddedDatabase;

import org.springframework.boot.SpringApplication;

/**
 * The database of the test run: the PostgreSQL named by {@code MOMENTOS_TEST_DB_URL}, or
 * one embedded PostgreSQL started once per test JVM in a temporary directory.
 */
public final class TestDatabase {

	private static Map<String, Object> properties;

	private TestDatabase() {
	}

	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			String url = System.getenv("MOMENTOS_TEST_DB_URL");
			properties = (url != null && !url.isBlank())
					? Map.of("momentos.database.url", url, "momentos.database.user", env("MOMENTOS_TEST_DB_USER"),
							"momentos.database.password", env("MOMENTOS_TEST_DB_PASSWORD"))
					: embedded();
		}
		return properties;
	}

	private static Map<String, Object> embedded() {
		try {
			Path directory = Files.createTempDirectory("momentos-test-db");
			EmbeddedDatabase database = EmbeddedDatabase.startIn(directory.resolve("postgres"));
			// Spring Boot runs its shutdown handlers after closing every application
			// context, so
			// no connection pool is left waiting for a database that is already gone.
			SpringApplication.getShutdownHandlers().add(() -> {
				database.close();
				deleteRecursively(directory);
			});
			return Map.of("momentos.database.url", database.jdbcUrl(), "momentos.database.user", database.user(),
					"momentos.database.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return value == null ? "" : value;
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// the JVM is exiting; a leftover temporary directory is harmless
		}
	}

}
