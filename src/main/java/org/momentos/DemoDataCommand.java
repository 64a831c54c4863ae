package org.momentos;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.momentos.analytics.Verdicts;
import org.momentos.demo.DemoData;
import org.momentos.demo.DemoWorkspace;
import org.momentos.workspace.WorkspaceAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code momentos demo-data}: fills the demo workspace with a year of realistic bilingual
 * feedback (with a planted double-charge incident three weeks ago), then waits until
 * every signal is analysed and judged.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
		description = "Generate realistic demo feedback in the demo workspace (not while the server runs on the same data directory).")
class DemoDataCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	@Option(names = "--signals", defaultValue = "10000", description = "How many signals (default ${DEFAULT-VALUE}).")
	int signals;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext momentos = OfflineMomentos.start(this.database)) {
			WorkspaceAccess access = momentos.getBean(DemoWorkspace.class).access();
			Verdicts verdicts = momentos.getBean(Verdicts.class);
			// counted first: the pipeline judges while the signals are still being stored
			long before = verdicts.countJudged(access.workspaceId());
			Instant start = Instant.now();
			long stored = momentos.getBean(DemoData.class)
				.load(access, this.signals, (done) -> progress("stored", done, this.signals));
			Duration storing = Duration.between(start, Instant.now());
			System.err.printf("%nStored %,d signals in %.1f s (%,.0f signals/s)%n", stored, seconds(storing),
					stored / Math.max(0.001, seconds(storing)));
			long judged = verdicts.countJudged(access.workspaceId());
			Instant lastProgress = Instant.now();
			while (judged < stored + before && Duration.between(lastProgress, Instant.now()).toSeconds() < 120) {
				sleep();
				long now = verdicts.countJudged(access.workspaceId());
				if (now > judged) {
					lastProgress = Instant.now();
				}
				judged = now;
				progress("analysed and judged", judged - before, stored);
			}
			Duration total = Duration.between(start, Instant.now());
			System.err.printf("%nDone: %,d signals analysed and judged, %.1f s in all (%,.0f signals/s end to end)%n",
					judged - before, seconds(total), (judged - before) / Math.max(0.001, seconds(total)));
			return 0;
		}
	}

	private static void progress(String what, long done, long total) {
		System.err.printf("\r%s: %,d / %,d (%d%%)   ", what, done, total, total == 0 ? 100 : done * 100 / total);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
