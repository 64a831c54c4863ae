package org.momentos.insight.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Prints how many texts per second a command handled, with and without JVM start-up. */
final class Throughput {

	private Throughput() {
	}

	static void report(PrintWriter err, long records, long startedNanos) {
		double seconds = (System.nanoTime() - startedNanos) / 1e9;
		String line = String.format(Locale.ROOT, "Analyzed %,d texts in %.2f s: %,.0f texts/s", records, seconds,
				records / Math.max(seconds, 1e-9));
		// The JVM's own start time, to the millisecond. The process start time that the
		// OS reports counts from a boot time rounded to the second, so it read up to a
		// second too long.
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		double total = (System.currentTimeMillis() - jvmStart) / 1e3;
		line += String.format(Locale.ROOT, " (%.2f s and %,.0f texts/s with JVM start-up)", total,
				records / Math.max(total, 1e-9));
		err.println(line);
		err.flush();
	}

}
