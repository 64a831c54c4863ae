package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.momentos.platform.PgArrays;
import org.momentos.analytics.internal.VerdictStore.Judged;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key-driver roll-ups of a batch of verdicts: for each NPS answer, the sums behind
 * the correlations of NPS and the polarity of each theme and pair of themes it mentions
 * (see {@code nps_driver_daily}), summed per day and written with one upsert. A verdict
 * replaced takes its contribution out first.
 */
final class DriverRollups {

	private static final String UPSERT = """
			insert into nps_driver_daily as d (workspace_id, day, theme, paired, answers, positive, negative,
			  product_sum, square_sum)
			select ?, r.* from unnest(?::date[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::bigint[],
			  ?::bigint[]) as r(day, theme, paired, answers, positive, negative, product_sum, square_sum)
			on conflict (workspace_id, day, theme, paired) do update set answers = d.answers + excluded.answers,
			  positive = d.positive + excluded.positive, negative = d.negative + excluded.negative,
			  product_sum = d.product_sum + excluded.product_sum, square_sum = d.square_sum + excluded.square_sum""";

	/** answers, positive, negative, product sum, square sum */
	private static final int SUMS = 5;

	private final Map<Key, long[]> sums = new TreeMap<>(
			Comparator.comparing(Key::day).thenComparing(Key::theme).thenComparing(Key::paired));

	/**
	 * Adds (sign 1) or takes out (sign -1) what a verdict contributes; none without NPS.
	 */
	void add(Judged judged, int sign) {
		if (judged.nps() == null) {
			return;
		}
		String day = judged.day().toString();
		long nps = judged.nps();
		add(new Key(day, "", ""), sign, 0, 0, nps, nps * nps);
		List<String> mentions = judged.themes();
		for (int i = 0; i < mentions.size(); i++) {
			String theme = theme(mentions.get(i));
			int x = polarity(mentions.get(i));
			add(new Key(day, theme, ""), sign, count(x > 0), count(x < 0), x * nps, 0);
			for (int j = i + 1; j < mentions.size(); j++) {
				String other = theme(mentions.get(j));
				if (!other.equals(theme)) {
					Key pair = (theme.compareTo(other) < 0) ? new Key(day, theme, other) : new Key(day, other, theme);
					add(pair, sign, 0, 0, (long) x * polarity(mentions.get(j)), 0);
				}
			}
		}
	}

	private void add(Key key, int sign, long positive, long negative, long product, long square) {
		long[] total = this.sums.computeIfAbsent(key, (k) -> new long[SUMS]);
		total[0] += sign;
		total[1] += sign * positive;
		total[2] += sign * negative;
		total[3] += sign * product;
		total[4] += sign * square;
	}

	/** Writes the summed contributions in one statement, if any changed. */
	void write(JdbcClient jdbc, WorkspaceId workspace) {
		List<Key> keys = new ArrayList<>();
		this.sums.forEach((key, total) -> {
			for (long sum : total) {
				if (sum != 0) {
					keys.add(key);
					return;
				}
			}
		});
		if (keys.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(workspace.value());
		params.add(PgArrays.of(keys.stream().map(Key::day).toList()));
		params.add(PgArrays.of(keys.stream().map(Key::theme).toList()));
		params.add(PgArrays.of(keys.stream().map(Key::paired).toList()));
		for (int i = 0; i < SUMS; i++) {
			int column = i;
			params.add(PgArrays.of(keys.stream().map((key) -> this.sums.get(key)[column]).toList()));
		}
		jdbc.sql(UPSERT).params(params).update();
	}

	/** +1 for a positive mention, -1 negative, 0 neutral. */
	static int polarity(String mention) {
		return mention.endsWith(":POSITIVE") ? 1 : (mention.endsWith(":NEGATIVE") ? -1 : 0);
	}

	private static String theme(String mention) {
		return mention.substring(0, mention.indexOf(':'));
	}

	private static int count(boolean condition) {
		return condition ? 1 : 0;
	}

	private record Key(String day, String theme, String paired) {
	}

}
