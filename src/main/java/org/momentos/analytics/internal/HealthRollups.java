package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.momentos.platform.PgArrays;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.internal.VerdictStore.Judged;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily roll-ups of a batch of verdicts: each verdict's contribution (or, with a
 * negative sign, the contribution of the verdict it replaces) is summed per day and
 * touchpoint, and per day, touchpoint and theme, then written with one upsert per table.
 * Keys that sum to nothing are not written; keys go in sorted order, so concurrent
 * batches lock rows in the same order.
 */
final class HealthRollups {

	private static final String HEALTH = """
			insert into moment_health_daily as h (workspace_id, day, touchpoint_key, signals, promoters, passives,
			  detractors, csat_answers, csat_top2, ces_answers, ces_sum, ces_square_sum, sentiment_n, sentiment_sum,
			  sentiment_square_sum, magic, neutral, bad, critical)
			select ?, r.* from unnest(?::date[], ?::uuid[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[],
			  ?::int[], ?::bigint[], ?::bigint[], ?::int[], ?::float8[], ?::float8[], ?::int[], ?::int[], ?::int[], ?::int[])
			  as r(day, touchpoint_key, signals, promoters, passives, detractors, csat_answers, csat_top2, ces_answers,
			  ces_sum, ces_square_sum, sentiment_n, sentiment_sum, sentiment_square_sum, magic, neutral, bad, critical)
			on conflict (workspace_id, day, touchpoint_key) do update set signals = h.signals + excluded.signals,
			  promoters = h.promoters + excluded.promoters, passives = h.passives + excluded.passives,
			  detractors = h.detractors + excluded.detractors, csat_answers = h.csat_answers + excluded.csat_answers,
			  csat_top2 = h.csat_top2 + excluded.csat_top2, ces_answers = h.ces_answers + excluded.ces_answers,
			  ces_sum = h.ces_sum + excluded.ces_sum, ces_square_sum = h.ces_square_sum + excluded.ces_square_sum,
			  sentiment_n = h.sentiment_n + excluded.sentiment_n, sentiment_sum = h.sentiment_sum + excluded.sentiment_sum,
			  sentiment_square_sum = h.sentiment_square_sum + excluded.sentiment_square_sum,
			  magic = h.magic + excluded.magic, neutral = h.neutral + excluded.neutral, bad = h.bad + excluded.bad,
			  critical = h.critical + excluded.critical""";

	private static final String THEMES = """
			insert into theme_daily as t (workspace_id, day, touchpoint_key, theme, mentions, negative, positive)
			select ?, r.* from unnest(?::date[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::int[])
			  as r(day, touchpoint_key, theme, mentions, negative, positive)
			on conflict (workspace_id, day, touchpoint_key, theme) do update set mentions = t.mentions + excluded.mentions,
			  negative = t.negative + excluded.negative, positive = t.positive + excluded.positive""";

	/** Integer sums of moment_health_daily, in the order of {@link #HEALTH}. */
	private static final int COUNTS = 14;

	private final Map<String, long[]> health = new TreeMap<>();

	private final Map<String, double[]> sentiment = new TreeMap<>();

	private final Map<String, int[]> themes = new TreeMap<>();

	/** Adds (sign 1) or takes out (sign -1) what a verdict contributes. */
	void add(Judged judged, int sign) {
		UUID touchpoint = judged.touchpointKey() == null ? VerdictStore.NO_TOUCHPOINT : judged.touchpointKey();
		String key = judged.day() + "|" + touchpoint;
		Integer nps = judged.nps();
		Integer csat = judged.csat();
		Integer ces = judged.ces();
		Double score = judged.sentiment();
		long[] sums = this.health.computeIfAbsent(key, (k) -> new long[COUNTS]);
		long[] delta = { 1, count(nps != null && nps >= 9), count(nps != null && nps >= 7 && nps <= 8),
				count(nps != null && nps <= 6), count(csat != null), count(csat != null && csat >= 4),
				count(ces != null), ces == null ? 0 : ces, ces == null ? 0 : (long) ces * ces, count(score != null),
				count(judged.verdict() == Verdict.MAGIC), count(judged.verdict() == Verdict.NEUTRAL),
				count(judged.verdict() == Verdict.BAD), count(judged.verdict() == Verdict.CRITICAL) };
		for (int i = 0; i < COUNTS; i++) {
			sums[i] += sign * delta[i];
		}
		double[] sentimentSums = this.sentiment.computeIfAbsent(key, (k) -> new double[2]);
		if (score != null) {
			sentimentSums[0] += sign * score;
			sentimentSums[1] += sign * score * score;
		}
		for (String mention : judged.themes()) {
			String theme = mention.substring(0, mention.indexOf(':'));
			String label = mention.substring(mention.indexOf(':') + 1);
			int[] themeSums = this.themes.computeIfAbsent(key + "|" + theme, (k) -> new int[3]);
			themeSums[0] += sign;
			themeSums[1] += sign * count(label.equals("NEGATIVE"));
			themeSums[2] += sign * count(label.equals("POSITIVE"));
		}
	}

	/** Writes the summed contributions: at most one statement per table. */
	void write(JdbcClient jdbc, WorkspaceId workspace) {
		List<String> keys = new ArrayList<>();
		this.health.forEach((key, sums) -> {
			double[] sentimentSums = this.sentiment.get(key);
			boolean nothing = sentimentSums[0] == 0 && sentimentSums[1] == 0;
			for (long sum : sums) {
				nothing &= sum == 0;
			}
			if (!nothing) {
				keys.add(key);
			}
		});
		if (!keys.isEmpty()) {
			List<Object> params = new ArrayList<>();
			params.add(workspace.value());
			params.add(PgArrays.of(keys.stream().map((key) -> key.split("\\|")[0]).toList()));
			params.add(PgArrays.of(keys.stream().map((key) -> key.split("\\|")[1]).toList()));
			for (int i = 0; i < COUNTS; i++) {
				int column = i;
				params.add(PgArrays.of(keys.stream().map((key) -> this.health.get(key)[column]).toList()));
				if (i == 9) {
					params.add(PgArrays.of(keys.stream().map((key) -> this.sentiment.get(key)[0]).toList()));
					params.add(PgArrays.of(keys.stream().map((key) -> this.sentiment.get(key)[1]).toList()));
				}
			}
			jdbc.sql(HEALTH).params(params).update();
		}
		List<String> themeKeys = this.themes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue()[0] != 0 || entry.getValue()[1] != 0 || entry.getValue()[2] != 0)
			.map(Map.Entry::getKey)
			.toList();
		if (!themeKeys.isEmpty()) {
			List<String[]> parts = themeKeys.stream().map((key) -> key.split("\\|", 3)).toList();
			jdbc.sql(THEMES)
				.params(workspace.value(), PgArrays.of(parts.stream().map((p) -> p[0]).toList()),
						PgArrays.of(parts.stream().map((p) -> p[1]).toList()),
						PgArrays.of(parts.stream().map((p) -> p[2]).toList()),
						PgArrays.of(themeKeys.stream().map((key) -> this.themes.get(key)[0]).toList()),
						PgArrays.of(themeKeys.stream().map((key) -> this.themes.get(key)[1]).toList()),
						PgArrays.of(themeKeys.stream().map((key) -> this.themes.get(key)[2]).toList()))
				.update();
		}
	}

	private static int count(boolean condition) {
		return condition ? 1 : 0;
	}

}
