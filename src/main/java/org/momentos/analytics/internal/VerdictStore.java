package org.momentos.analytics.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.momentos.analytics.Verdict;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Verdicts and the daily roll-ups they feed. A signal judged again first takes its old
 * contribution out of the roll-ups, so re-judging never counts a signal twice.
 */
@Repository
public class VerdictStore {

	static final UUID NO_TOUCHPOINT = new UUID(0, 0);

	private final JdbcClient jdbc;

	VerdictStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the verdict of a signal and moves its contribution in the roll-ups. */
	public void save(Judged judged) {
		find(judged.workspace(), judged.signal()).ifPresent((old) -> contribute(old, -1));
		this.jdbc
			.sql("""
					insert into signal_verdict (signal_id, workspace_id, verdict, reason, day, touchpoint_key, nps, csat, ces,
					  rating, sentiment, flags, moment, themes, judged_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
					on conflict (signal_id) do update set verdict = excluded.verdict, reason = excluded.reason,
					  day = excluded.day, touchpoint_key = excluded.touchpoint_key, nps = excluded.nps, csat = excluded.csat,
					  ces = excluded.ces, rating = excluded.rating, sentiment = excluded.sentiment, flags = excluded.flags,
					  moment = excluded.moment, themes = excluded.themes, judged_at = now()""")
			.params(judged.signal().value(), judged.workspace().value(), judged.verdict().name(),
					judged.reason().name(), Date.valueOf(judged.day()), judged.touchpointKey(), judged.nps(),
					judged.csat(), judged.ces(), judged.rating(), judged.sentiment(),
					judged.flags().toArray(String[]::new), judged.moment(), judged.themes().toArray(String[]::new))
			.update();
		contribute(judged, 1);
	}

	public Optional<Judged> find(WorkspaceId workspace, SignalId signal) {
		return this.jdbc.sql("select * from signal_verdict where workspace_id = ? and signal_id = ? for update")
			.params(workspace.value(), signal.value())
			.query(VerdictStore::judged)
			.optional();
	}

	public long count(WorkspaceId workspace) {
		return this.jdbc.sql("select count(*) from signal_verdict where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single();
	}

	public List<Judged> all(WorkspaceId workspace) {
		return this.jdbc.sql("select * from signal_verdict where workspace_id = ? order by signal_id")
			.param(workspace.value())
			.query(VerdictStore::judged)
			.list();
	}

	private void contribute(Judged judged, int sign) {
		UUID touchpoint = judged.touchpointKey() == null ? NO_TOUCHPOINT : judged.touchpointKey();
		Integer nps = judged.nps();
		Integer csat = judged.csat();
		Integer ces = judged.ces();
		Double sentiment = judged.sentiment();
		this.jdbc
			.sql("""
					insert into moment_health_daily as h (workspace_id, day, touchpoint_key, signals, promoters, passives,
					  detractors, csat_answers, csat_top2, ces_answers, ces_sum, ces_square_sum, sentiment_n, sentiment_sum,
					  sentiment_square_sum, magic, neutral, bad, critical)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (workspace_id, day, touchpoint_key) do update set signals = h.signals + excluded.signals,
					  promoters = h.promoters + excluded.promoters, passives = h.passives + excluded.passives,
					  detractors = h.detractors + excluded.detractors, csat_answers = h.csat_answers + excluded.csat_answers,
					  csat_top2 = h.csat_top2 + excluded.csat_top2, ces_answers = h.ces_answers + excluded.ces_answers,
					  ces_sum = h.ces_sum + excluded.ces_sum, ces_square_sum = h.ces_square_sum + excluded.ces_square_sum,
					  sentiment_n = h.sentiment_n + excluded.sentiment_n, sentiment_sum = h.sentiment_sum + excluded.sentiment_sum,
					  sentiment_square_sum = h.sentiment_square_sum + excluded.sentiment_square_sum,
					  magic = h.magic + excluded.magic, neutral = h.neutral + excluded.neutral, bad = h.bad + excluded.bad,
					  critical = h.critical + excluded.critical""")
			.params(judged.workspace().value(), Date.valueOf(judged.day()), touchpoint, sign,
					count(nps != null && nps >= 9, sign), count(nps != null && nps >= 7 && nps <= 8, sign),
					count(nps != null && nps <= 6, sign), count(csat != null, sign),
					count(csat != null && csat >= 4, sign), count(ces != null, sign), ces == null ? 0 : sign * ces,
					ces == null ? 0 : sign * ces * ces, count(sentiment != null, sign),
					sentiment == null ? 0.0 : sign * sentiment, sentiment == null ? 0.0 : sign * sentiment * sentiment,
					count(judged.verdict() == Verdict.MAGIC, sign), count(judged.verdict() == Verdict.NEUTRAL, sign),
					count(judged.verdict() == Verdict.BAD, sign), count(judged.verdict() == Verdict.CRITICAL, sign))
			.update();
		for (String mention : judged.themes()) {
			String theme = mention.substring(0, mention.indexOf(':'));
			String label = mention.substring(mention.indexOf(':') + 1);
			this.jdbc
				.sql("""
						insert into theme_daily as t (workspace_id, day, touchpoint_key, theme, mentions, negative, positive)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (workspace_id, day, touchpoint_key, theme) do update set mentions = t.mentions + excluded.mentions,
						  negative = t.negative + excluded.negative, positive = t.positive + excluded.positive""")
				.params(judged.workspace().value(), Date.valueOf(judged.day()), touchpoint, theme, sign,
						count(label.equals("NEGATIVE"), sign), count(label.equals("POSITIVE"), sign))
				.update();
		}
	}

	private static int count(boolean condition, int sign) {
		return condition ? sign : 0;
	}

	private static Judged judged(ResultSet rs, int row) throws SQLException {
		return new Judged(new WorkspaceId(rs.getLong("workspace_id")), new SignalId(rs.getLong("signal_id")),
				Verdict.valueOf(rs.getString("verdict")), Reason.valueOf(rs.getString("reason")),
				rs.getDate("day").toLocalDate(), (UUID) rs.getObject("touchpoint_key"), integer(rs, "nps"),
				integer(rs, "csat"), integer(rs, "ces"), decimal(rs, "rating"), decimal(rs, "sentiment"),
				strings(rs.getArray("flags")), rs.getString("moment"), strings(rs.getArray("themes")));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return value == null ? null : value.intValue();
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return value == null ? null : value.doubleValue();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** A stored verdict with the facts it was drawn from. */
	public record Judged(WorkspaceId workspace, SignalId signal, Verdict verdict, Reason reason, LocalDate day,
			UUID touchpointKey, Integer nps, Integer csat, Integer ces, Double rating, Double sentiment,
			List<String> flags, String moment, List<String> themes) {
	}

}
