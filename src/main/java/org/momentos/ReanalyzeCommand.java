package org.momentos;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.momentos.insight.Enrichments;
import org.momentos.insight.TextAnalyzer;
import org.momentos.workspace.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code momentos reanalyze}: analyses again the signals whose enrichment is missing or
 * was made by another engine version (after an upgrade), or every signal with
 * {@code --all}, showing a progress bar on stderr.
 */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
		description = "Analyse again the signals enriched by an older engine (or all with --all), with a progress bar.")
class ReanalyzeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	DatabaseOptions database;

	@Option(names = "--workspace", paramLabel = "W", description = "Only this workspace (its slug or id).")
	String workspace;

	@Option(names = "--all", description = "Analyse every signal again, even those enriched by this engine.")
	boolean everything;

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		// The server's background sweep would race this run for the same signals.
		System.setProperty("momentos.insight.enrichment.worker", "false");
		try (ConfigurableApplicationContext context = OfflineMomentos.start(this.database)) {
			Optional<WorkspaceId> scope = Optional.empty();
			if (this.workspace != null) {
				scope = context.getBean(JdbcClient.class)
					.sql("select id from workspace where slug = :w or cast(id as text) = :w")
					.param("w", this.workspace)
					.query((rs, n) -> new WorkspaceId(rs.getLong(1)))
					.optional();
				if (scope.isEmpty()) {
					err.printf("No workspace '%s'.%n", this.workspace);
					return 2;
				}
			}
			long started = System.nanoTime();
			ProgressBar bar = new ProgressBar(err);
			long written = context.getBean(Enrichments.class).reanalyze(scope, this.everything, bar::show);
			bar.finish();
			double seconds = (System.nanoTime() - started) / 1e9;
			err.printf("Wrote %,d enrichments (engine %s) in %.1f s: %,.0f signals/s%n", written,
					TextAnalyzer.engineVersion(), seconds, written / Math.max(seconds, 1e-9));
			return 0;
		}
	}

	/** A one-line bar redrawn in place: {@code [#####.....]  52% 5,200/10,000}. */
	static final class ProgressBar {

		private static final int WIDTH = 30;

		private final PrintWriter out;

		ProgressBar(PrintWriter out) {
			this.out = out;
		}

		void show(long done, long total) {
			int filled = (total == 0) ? WIDTH : (int) (WIDTH * done / total);
			long percent = (total == 0) ? 100 : 100 * done / total;
			this.out.printf("\r[%s%s] %3d%% %,d/%,d", "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done,
					total);
			this.out.flush();
		}

		void finish() {
			this.out.println();
			this.out.flush();
		}

	}

}
