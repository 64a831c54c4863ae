package org.momentos.signal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.momentos.signal.internal.SignalImports.Check;
import org.momentos.signal.internal.SignalImports.Inspection;
import org.momentos.signal.internal.SignalImports.Outcome;
import org.momentos.signal.internal.SignalImports.Policy;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports in progress in the web app: the uploaded file in a temporary directory, its
 * mapping, the dry run and the import running in the background (two at a time). An
 * import left alone for two hours is forgotten and its files deleted.
 */
@Component
class ImportSessions implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ImportSessions.class);

	private final SignalImports imports;

	private final ExecutorService workers = Executors.newFixedThreadPool(2);

	private final Cache<String, ImportSession> sessions = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(2))
		.removalListener((String token, ImportSession session, RemovalCause cause) -> {
			if (session != null) {
				deleteDirectory(session.directory);
			}
		})
		.build();

	ImportSessions(SignalImports imports) {
		this.imports = imports;
	}

	ImportSession start(WorkspaceId workspace, String fileName, Path uploaded, org.momentos.signal.SignalSource source)
			throws IOException {
		String token = UUID.randomUUID().toString();
		Path directory = Files.createTempDirectory("momentos-import-");
		Path file = directory.resolve("upload");
		Files.move(uploaded, file);
		Inspection inspection = this.imports.inspect(file, fileName, source);
		ImportSession session = new ImportSession(token, workspace, fileName, directory, file, inspection);
		session.mapping = inspection.suggested();
		this.sessions.put(token, session);
		return session;
	}

	Optional<ImportSession> find(WorkspaceId workspace, String token) {
		return Optional.ofNullable(this.sessions.getIfPresent(token))
			.filter((session) -> session.workspace.equals(workspace));
	}

	void check(ImportSession session) {
		session.begin(State.CHECKING);
		this.workers.submit(() -> {
			try {
				session.check = this.imports.check(session.file, session.inspection.shape(), session.mapping,
						(rows) -> session.progress = rows);
				session.state = State.CHECKED;
			}
			catch (IOException | RuntimeException ex) {
				fail(session, ex);
			}
		});
	}

	void run(ImportSession session, Policy policy, Locale locale) {
		session.begin(State.IMPORTING);
		this.workers.submit(() -> {
			try {
				session.outcome = this.imports.run(session.workspace, session.file, session.inspection.shape(),
						session.mapping, policy, session.rejectedRows(), locale, (rows) -> session.progress = rows);
				session.state = State.DONE;
			}
			catch (IOException | RuntimeException ex) {
				fail(session, ex);
			}
		});
	}

	private static void fail(ImportSession session, Exception ex) {
		logger.warn("Import {} failed", session.token, ex);
		session.state = State.FAILED;
	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
		this.sessions.invalidateAll();
		this.sessions.cleanUp();
	}

	private static void deleteDirectory(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where an import is. */
	public enum State {

		READY, CHECKING, CHECKED, IMPORTING, DONE, FAILED;

		public boolean isBusy() {
			return this == CHECKING || this == IMPORTING;
		}

	}

	/** One import in the web app. */
	public static final class ImportSession {

		final String token;

		final WorkspaceId workspace;

		final String fileName;

		final Path directory;

		final Path file;

		final Inspection inspection;

		volatile ImportMapping mapping;

		volatile State state = State.READY;

		volatile long progress;

		volatile Check check;

		volatile Outcome outcome;

		ImportSession(String token, WorkspaceId workspace, String fileName, Path directory, Path file,
				Inspection inspection) {
			this.token = token;
			this.workspace = workspace;
			this.fileName = fileName;
			this.directory = directory;
			this.file = file;
			this.inspection = inspection;
		}

		private synchronized void begin(State next) {
			if (this.state.isBusy()) {
				throw org.momentos.platform.Problem.conflict("import.busy");
			}
			this.progress = 0;
			this.state = next;
		}

		Path rejectedRows() {
			return this.directory.resolve("rejected.csv");
		}

		/** Rows for the progress bar: the dry run's count once known. */
		public long total() {
			return this.check == null ? 0 : this.check.rows();
		}

		public String token() {
			return this.token;
		}

		public String fileName() {
			return this.fileName;
		}

		public Inspection inspection() {
			return this.inspection;
		}

		public ImportMapping mapping() {
			return this.mapping;
		}

		public State state() {
			return this.state;
		}

		public long progress() {
			return this.progress;
		}

		public Check check() {
			return this.check;
		}

		public Outcome outcome() {
			return this.outcome;
		}

	}

}
