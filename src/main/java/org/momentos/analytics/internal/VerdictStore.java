package org.momentos.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.momentos.platform.PgArrays;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Verdicts and the daily roll-ups they feed (health, theme, segment and key-driver). A
 * signal judged again first takes its old contribution out of the roll-ups, so re-judging
 * never counts a signal twice.
 */
@Repository
public class VerdictStore {

	static final UUID NO_TOUCHPOINT = new UUID(0, 0);

	/** First key of the transaction lock that serialises judging in a workspace. */
	private static final int JUDGING_LOCK = 0x4d4a;

	private static final String UPSERT = """
			insert into signal_verdict (signal_id, workspace_id, verdict, reason, day, touchpoint_key, nps, csat, ces,
			  rating, sentiment, flags, moment, themes, judged_at)
			select r.signal_id, ?, r.verdict, r.reason, r.day, r.touchpoint_key, r.nps, r.csat, r.ces, r.rating,
			  r.sentiment, r.flags::text[], r.moment, r.themes::text[], now()
			from unnest(?::bigint[], ?::text[], ?::text[], ?::date[], ?::uuid[], ?::smallint[], ?::smallint[],
			  ?::smallint[], ?::real[], ?::real[], ?::text[], ?::text[], ?::text[])
			  as r(signal_id, verdict, reason, day, touchpoint_key, nps, csat, ces, rating, sentiment, flags, moment, themes)
			on conflict (signal_id) do update set verdict = excluded.verdict, reason = excluded.reason,
			  day = excluded.day, touchpoint_key = excluded.touchpoint_key, nps = excluded.nps, csat = excluded.csat,
			  ces = excluded.ces, rating = excluded.rating, sentiment = excluded.sentiment, flags = excluded.flags,
			  moment = excluded.moment, themes = excluded.themes, judged_at = now()""";

	private final JdbcClient jdbc;

	VerdictStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the verdict of a signal and moves its contribution in the roll-ups. */
	public void save(Judged judged) {
		saveAll(judged.workspace(), List.of(judged));
	}

	/**
	 * Replaces the verdicts of these signals of one workspace, in a few statements: the
	 * verdicts they replace are read (and locked), their contributions taken out of the
	 * roll-ups and the new ones put in, summed per roll-up row. Judging the workspace's
	 * signals is serialised (a transaction lock per workspace), so a signal judged twice
	 * at the same time still counts once.
	 */
	public void saveAll(WorkspaceId workspace, List<Judged> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(?, ?)")
			.params(JUDGING_LOCK, (int) workspace.value())
			.query(Integer.class)
			.single();
		HealthRollups rollups = new HealthRollups();
		SegmentRollups segments = new SegmentRollups();
		DriverRollups drivers = new DriverRollups();
		this.jdbc
			// One probe per signal, the workspace checked after (docs/signals.md,
			// "Plans").
			.sql("""
					select v.* from unnest(?::bigint[]) as wanted (id)
					cross join lateral (
					  select * from signal_verdict where signal_id = wanted.id offset 0 for update) v
					where v.workspace_id = ?""")
			.params(PgArrays.of(batch.stream().map((judged) -> judged.signal().value()).distinct().toList()),
					workspace.value())
			.query(VerdictStore::judged)
			.list()
			.forEach((old) -> {
				rollups.add(old, -1);
				segments.add(old, -1);
				drivers.add(old, -1);
			});
		List<Judged> latest = new ArrayList<>(batch.stream()
			.collect(Collectors.toMap(Judged::signal, Function.identity(), (first, second) -> second,
					LinkedHashMap::new))
			.values());
		this.jdbc.sql(UPSERT)
			.params(workspace.value(), column(latest, (j) -> j.signal().value()),
					column(latest, (j) -> j.verdict().name()), column(latest, (j) -> j.reason().name()),
					column(latest, Judged::day), column(latest, Judged::touchpointKey), column(latest, Judged::nps),
					column(latest, Judged::csat), column(latest, Judged::ces), column(latest, Judged::rating),
					column(latest, Judged::sentiment), column(latest, (j) -> PgArrays.of(j.flags())),
					column(latest, Judged::moment), column(latest, (j) -> PgArrays.of(j.themes())))
			.update();
		latest.forEach((judged) -> {
			rollups.add(judged, 1);
			segments.add(judged, 1);
			drivers.add(judged, 1);
		});
		rollups.write(this.jdbc, workspace);
		segments.write(this.jdbc, workspace);
		drivers.write(this.jdbc, workspace);
	}

	private static String column(List<Judged> batch, Function<Judged, Object> value) {
		return PgArrays.of(batch.stream().map(value).toList());
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
