package org.momentos;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent since creation by this JVM and by an embedded PostgreSQL (its postmaster
 * and the backends it started), read from {@code /proc} (Linux; elsewhere the JVM only).
 * On a shared machine, wall-clock rates depend on the neighbours; CPU per signal much
 * less so.
 */
final class CpuTime {

	/** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on Linux. */
	private static final double TICKS = 100.0;

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final long postmaster;

	private final long jvmStart;

	private final Map<Long, Long> databaseStart;

	CpuTime(Path postgresData) {
		this.postmaster = postmaster(postgresData);
		this.jvmStart = this.os.getProcessCpuTime();
		this.databaseStart = databaseTicks();
	}

	/** CPU seconds since creation. */
	double seconds() {
		return jvmSeconds() + databaseSeconds();
	}

	/** CPU seconds of this JVM since creation. */
	double jvmSeconds() {
		return (this.os.getProcessCpuTime() - this.jvmStart) / 1e9;
	}

	/** CPU seconds of the embedded PostgreSQL since creation. */
	double databaseSeconds() {
		long ticks = 0;
		for (Map.Entry<Long, Long> process : databaseTicks().entrySet()) {
			ticks += process.getValue() - this.databaseStart.getOrDefault(process.getKey(), 0L);
		}
		return ticks / TICKS;
	}

	private Map<Long, Long> databaseTicks() {
		Map<Long, Long> ticks = new HashMap<>();
		if (this.postmaster <= 0) {
			return ticks;
		}
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			processes.filter((dir) -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
				.forEach((dir) -> {
					try {
						String stat = Files.readString(dir.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						long pid = Long.parseLong(dir.getFileName().toString());
						if (pid == this.postmaster || Long.parseLong(fields[1]) == this.postmaster) {
							ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
						}
					}
					catch (IOException | RuntimeException ex) {
						// The process ended meanwhile.
					}
				});
		}
		catch (IOException ex) {
			return ticks;
		}
		return ticks;
	}

	private static long postmaster(Path postgresData) {
		try {
			return Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
