package org.momentos.recovery.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Short, language-neutral renderings of dashboard figures ("2 h 05 min", "87 %"). */
public final class DashboardFormat {

	private DashboardFormat() {
	}

	public static String duration(Optional<Duration> duration) {
		if (duration.isEmpty()) {
			return "—";
		}
		Duration d = duration.get();
		if (d.toDays() >= 2) {
			return d.toDays() + " d " + d.toHoursPart() + " h";
		}
		if (d.toHours() >= 1) {
			return d.toHours() + " h " + String.format(Locale.ROOT, "%02d", d.toMinutesPart()) + " min";
		}
		return d.toMinutes() + " min";
	}

	/** An alert rule's attribute condition as its form field shows it: "segment=vip". */
	public static String attribute(java.util.Map<String, String> attributes) {
		return attributes.entrySet()
			.stream()
			.findFirst()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.orElse("");
	}

	/** A target in hours for a form field: "0.5", "24". */
	public static String hours(java.time.Duration target) {
		return java.math.BigDecimal.valueOf(target.toMinutes())
			.divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	public static String percent(Optional<Double> share) {
		return share.map((value) -> Math.round(value * 100) + " %").orElse("—");
	}

	public static String nps(Optional<Double> nps) {
		return nps.map((value) -> String.format(Locale.ROOT, "%+.0f", value)).orElse("—");
	}

}
