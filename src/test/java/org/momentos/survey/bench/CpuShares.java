package org.momentos.survey.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the CPU of a load run went: the JVM's threads grouped by what they do, the JVM's
 * own work (garbage collection, compilation) and the embedded PostgreSQL; and the memory
 * the server's request threads allocated. Taken once before and once after the run;
 * threads that ended in between are not counted.
 */
final class CpuShares {

	private static final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private final Map<String, Long> byGroup;

	private final long process;

	private final long postgres;

	private final long requestBytes;

	private CpuShares(Map<String, Long> byGroup, long process, long postgres, long requestBytes) {
		this.byGroup = byGroup;
		this.process = process;
		this.postgres = postgres;
		this.requestBytes = requestBytes;
	}

	/** Now, with the PostgreSQL server of this data directory. */
	static CpuShares take(Path postgresDirectory) {
		Map<String, Long> byGroup = new LinkedHashMap<>();
		long requestBytes = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				long nanos = threads.getThreadCpuTime(info.getThreadId());
				if (nanos > 0) {
					byGroup.merge(group(info.getThreadName()), nanos, Long::sum);
				}
				if ("server requests".equals(group(info.getThreadName()))) {
					requestBytes += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
				}
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new CpuShares(byGroup, process, postgresNanos(postgresDirectory), requestBytes);
	}

	/**
	 * The server answers on Tomcat's platform threads; the respondents are virtual
	 * threads, so their CPU shows on the virtual-thread carriers (ForkJoinPool) and the
	 * HTTP client's selector.
	 */
	private static String group(String name) {
		if (name.startsWith("http-nio")) {
			return "server requests";
		}
		if (name.startsWith("ForkJoinPool-") || name.startsWith("HttpClient-")) {
			return "load generator";
		}
		return "server background";
	}

	private static long postgresNanos(Path directory) {
		try {
			long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
			return ProcessHandle.of(pid).map((server) -> {
				long total = cpu(server);
				return total + server.descendants().mapToLong(CpuShares::cpu).sum();
			}).orElse(0L);
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private static long cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	/** CPU milliseconds per request of each part between {@code before} and this. */
	String perRequestSince(CpuShares before, int requests) {
		Map<String, Long> spent = new LinkedHashMap<>();
		this.byGroup.forEach((group, nanos) -> spent.put(group, nanos - before.byGroup.getOrDefault(group, 0L)));
		long javaThreads = spent.values().stream().mapToLong(Long::longValue).sum();
		spent.put("JVM itself (GC, JIT)", Math.max(0, (this.process - before.process) - javaThreads));
		spent.put("PostgreSQL", this.postgres - before.postgres);
		long total = spent.values().stream().mapToLong(Long::longValue).sum();
		return String.format(Locale.ROOT, "CPU per request %.2f ms: ", total / 1e6 / Math.max(1, requests))
				+ spent.entrySet()
					.stream()
					.map((part) -> String.format(Locale.ROOT, "%s %.2f ms (%.0f %%)", part.getKey(),
							part.getValue() / 1e6 / Math.max(1, requests),
							100.0 * part.getValue() / Math.max(1, total)))
					.collect(Collectors.joining(", "))
				+ String.format(Locale.ROOT,
						"; memory allocated by the server's request threads: %.1f KB per request (steadier than CPU"
								+ " time on a busy machine)",
						(this.requestBytes - before.requestBytes) / 1024.0 / Math.max(1, requests));
	}

}
