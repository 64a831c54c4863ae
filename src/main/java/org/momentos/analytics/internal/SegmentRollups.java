package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.momentos.platform.PgArrays;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.internal.VerdictStore.Judged;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The segment roll-ups of a batch of verdicts: each signal's contribution (its new
 * verdict's minus the one it replaces) goes to the day and value of each of its
 * attributes (store, agent...), read from the signal and summed in one upsert. Signals
 * whose contribution does not change are left out.
 */
final class SegmentRollups {

	/** Integer sums of segment_daily. */
	private static final List<String> COUNTS = List.of("signals", "promoters", "passives", "detractors", "csat_answers",
			"csat_top2", "ces_answers", "ces_sum", "ces_square_sum", "sentiment_n", "magic", "bad", "critical");

	private static final List<String> SUMS = List.of("sentiment_sum", "sentiment_square_sum");

	private static final String UPSERT = upsert();

	private final Map<Key, long[]> counts = new TreeMap<>();

	private final Map<Key, double[]> sums = new TreeMap<>();

	/** Adds (sign 1) or takes out (sign -1) what a verdict contributes. */
	void add(Judged judged, int sign) {
		Key key = new Key(judged.signal().value(), judged.day().toString());
		Integer nps = judged.nps();
		Integer csat = judged.csat();
		Integer ces = judged.ces();
		Double score = judged.sentiment();
		long[] delta = { 1, count(nps != null && nps >= 9), count(nps != null && nps >= 7 && nps <= 8),
				count(nps != null && nps <= 6), count(csat != null), count(csat != null && csat >= 4),
				count(ces != null), ces == null ? 0 : ces, ces == null ? 0 : (long) ces * ces, count(score != null),
				count(judged.verdict() == Verdict.MAGIC), count(judged.verdict() == Verdict.BAD),
				count(judged.verdict() == Verdict.CRITICAL) };
		long[] total = this.counts.computeIfAbsent(key, (k) -> new long[COUNTS.size()]);
		for (int i = 0; i < delta.length; i++) {
			total[i] += sign * delta[i];
		}
		double[] sentiment = this.sums.computeIfAbsent(key, (k) -> new double[SUMS.size()]);
		if (score != null) {
			sentiment[0] += sign * score;
			sentiment[1] += sign * score * score;
		}
	}

	/** Writes the summed contributions in one statement, if any changed. */
	void write(JdbcClient jdbc, WorkspaceId workspace) {
		List<Key> keys = new ArrayList<>();
		this.counts.forEach((key, total) -> {
			boolean nothing = this.sums.get(key)[0] == 0 && this.sums.get(key)[1] == 0;
			for (long sum : total) {
				nothing &= sum == 0;
			}
			if (!nothing) {
				keys.add(key);
			}
		});
		if (keys.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(workspace.value());
		params.add(PgArrays.of(keys.stream().map(Key::signal).toList()));
		params.add(PgArrays.of(keys.stream().map(Key::day).toList()));
		for (int i = 0; i < COUNTS.size(); i++) {
			int column = i;
			params.add(PgArrays.of(keys.stream().map((key) -> this.counts.get(key)[column]).toList()));
		}
		for (int i = 0; i < SUMS.size(); i++) {
			int column = i;
			params.add(PgArrays.of(keys.stream().map((key) -> this.sums.get(key)[column]).toList()));
		}
		params.add(workspace.value());
		jdbc.sql(UPSERT).params(params).update();
	}

	private static String upsert() {
		List<String> columns = Stream.concat(COUNTS.stream(), SUMS.stream()).toList();
		String arrays = Stream
			.concat(COUNTS.stream().map((column) -> "?::bigint[]"), SUMS.stream().map((column) -> "?::float8[]"))
			.collect(Collectors.joining(", "));
		return "insert into segment_daily as g (workspace_id, attribute, day, value, " + String.join(", ", columns)
				+ ")\nselect ?, a.key, r.day, a.value, "
				+ columns.stream().map((column) -> "sum(r." + column + ")").collect(Collectors.joining(", "))
				+ "\nfrom unnest(?::bigint[], ?::date[], " + arrays + ") as r(signal_id, day, "
				+ String.join(", ", columns) + ")"
				// One probe per signal, the workspace checked after (docs/signals.md,
				// "Plans").
				+ "\ncross join lateral (select id, workspace_id, attributes from signal where id = r.signal_id offset 0) s"
				+ "\ncross join lateral jsonb_each_text(s.attributes) a" + "\nwhere s.workspace_id = ?"
				+ "\ngroup by a.key, r.day, a.value order by a.key, r.day, a.value"
				+ "\non conflict (workspace_id, attribute, day, value) do update set "
				+ columns.stream()
					.map((column) -> column + " = g." + column + " + excluded." + column)
					.collect(Collectors.joining(", "));
	}

	private static int count(boolean condition) {
		return condition ? 1 : 0;
	}

	/** A signal on the day its verdict counts. */
	private record Key(long signal, String day) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int bySignal = Long.compare(this.signal, other.signal);
			return (bySignal != 0) ? bySignal : this.day.compareTo(other.day);
		}

	}

}
