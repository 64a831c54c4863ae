package org.momentos.insight.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Prints how many texts per second a command handled, with and without JVM start-up. */
final class Throughput {

	private Throughput() {
	}

	static void report(PrintWriter err, long records, long startedNanos) {
		double seconds = (System.nanoTime() - startedNanos) / 1e9;
		String line = String.format(Locale.ROOT, "Analyzed %,d texts in %.2f s: %,.0f texts/s", records, seconds,
				records / Math.max(seconds, 1e-9));
		Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(null);
		if (jvmStart != null) {
			double total = Duration.between(jvmStart, Instant.now()).toNanos() / 1e9;
			line += String.format(Locale.ROOT, " (%.2f s and %,.0f texts/s with JVM start-up)", total,
					records / Math.max(total, 1e-9));
		}
		err.println(line);
		err.flush();
	}

}
