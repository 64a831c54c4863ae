package org.momentos.insight.internal.enrichment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.momentos.insight.Analysis;
import org.momentos.insight.Aspect;
import org.momentos.insight.Effort;
import org.momentos.insight.Enrichment;
import org.momentos.insight.Flag;
import org.momentos.insight.InferredMoment;
import org.momentos.insight.Language;
import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signal_enrichment} table: one row per signal, written in batches with one
 * multi-row upsert that only replaces a row made by another engine version.
 */
@Repository
class EnrichmentStore {

	private static final String COLUMNS = "signal_id, workspace_id, engine_version, language, sentiment_label, "
			+ "sentiment_score, aspects, themes, moment, effort, flags, analysed_at";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Signals deleted since their text was read are skipped rather than failing the
	 * batch.
	 */
	private static final String UPSERT = """
			insert into signal_enrichment (signal_id, workspace_id, engine_version, language, sentiment_label,
			  sentiment_score, aspects, themes, moment, effort, flags, analysed_at)
			select r.signal_id, r.workspace_id, r.engine_version, r.language, r.sentiment_label,
			  r.sentiment_score::numeric, r.aspects::jsonb, r.themes::text[], r.moment, r.effort, r.flags::text[],
			  r.analysed_at::timestamptz
			from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[],
			  ?::text[], ?::text[], ?::text[], ?::text[])
			  as r(signal_id, workspace_id, engine_version, language, sentiment_label, sentiment_score, aspects, themes,
			  moment, effort, flags, analysed_at)
			where exists (select 1 from signal s where s.id = r.signal_id)
			on conflict (signal_id) do update set workspace_id = excluded.workspace_id,
			  engine_version = excluded.engine_version, language = excluded.language,
			  sentiment_label = excluded.sentiment_label, sentiment_score = excluded.sentiment_score,
			  aspects = excluded.aspects, themes = excluded.themes, moment = excluded.moment, effort = excluded.effort,
			  flags = excluded.flags, analysed_at = excluded.analysed_at""";

	/** Array types of the {@link #UPSERT} columns, in order. */
	private static final String[] TYPES = { "int8", "int8", "text", "text", "text", "float8", "text", "text", "text",
			"text", "text", "text" };

	private static final TypeReference<List<StoredAspect>> ASPECTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	EnrichmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The text of a signal as it is analysed: the title, then the text. */
	record SignalText(SignalId signal, WorkspaceId workspace, String text, Language language) {

	}

	List<SignalText> texts(Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select s.id, s.workspace_id, s.title, s.text, s.language from unnest(?::bigint[]) as wanted (id) "
					+ "join signal s on s.id = wanted.id")
			.param(longArray(signals))
			.query((rs, n) -> new SignalText(new SignalId(rs.getLong("id")),
					new WorkspaceId(rs.getLong("workspace_id")),
					analysedText(rs.getString("title"), rs.getString("text")), language(rs.getString("language"))))
			.list();
	}

	/** What the engine reads of a signal: its title and its text, as one text. */
	static String analysedText(String title, String text) {
		boolean hasTitle = title != null && !title.isBlank();
		boolean hasText = text != null && !text.isBlank();
		if (hasTitle && hasText) {
			return title.strip() + ". " + text.strip();
		}
		return hasTitle ? title.strip() : hasText ? text.strip() : "";
	}

	/**
	 * Writes the enrichments; a row already made by the same engine version is kept
	 * unless {@code replace}. Returns the signals whose row was written.
	 */
	List<SignalId> upsert(List<Enrichment> rows, boolean replace) {
		if (rows.isEmpty()) {
			return List.of();
		}
		// One array per column, whatever the number of rows: a few parameters to bind and
		// one short statement to plan, instead of twelve parameters per row.
		String sql = UPSERT + (replace ? "" : " where signal_enrichment.engine_version <> excluded.engine_version")
				+ " returning signal_id";
		int n = rows.size();
		Object[][] columns = new Object[TYPES.length][n];
		for (int i = 0; i < n; i++) {
			Enrichment row = rows.get(i);
			Optional<Analysis> analysis = row.analysis();
			columns[0][i] = row.signal().value();
			columns[1][i] = row.workspace().value();
			columns[2][i] = row.engineVersion();
			columns[3][i] = analysis.map((a) -> a.language().code()).orElse(null);
			columns[4][i] = analysis.map((a) -> a.sentiment().label().code()).orElse(null);
			columns[5][i] = analysis.map((a) -> a.sentiment().score()).orElse(null);
			columns[6][i] = JSON.writeValueAsString(row.aspects().stream().map(StoredAspect::of).toList());
			columns[7][i] = textArray(analysis.map(Analysis::themes).orElse(List.of()));
			columns[8][i] = analysis.flatMap(Analysis::moment).map(Enum::name).orElse(null);
			columns[9][i] = analysis.map((a) -> a.effort().code()).orElse(Effort.UNKNOWN.code());
			columns[10][i] = textArray(row.flags().stream().map(Flag::code).sorted().toList());
			columns[11][i] = row.analysedAt().toString();
		}
		Object[] params = new Object[TYPES.length];
		for (int c = 0; c < TYPES.length; c++) {
			params[c] = new SqlArrayValue(TYPES[c], columns[c]);
		}
		return this.jdbc.sql(sql).params(params).query((rs, i) -> new SignalId(rs.getLong(1))).list();
	}

	/** Theme ids and flag codes are plain identifiers, safe in an array literal. */
	private static String textArray(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	List<Enrichment> findAll(WorkspaceId workspace, Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return List.of();
		}
		// One probe per signal, the workspace checked after (docs/signals.md, "Plans").
		return this.jdbc.sql("""
				select e.* from unnest(?::bigint[]) as wanted (id)
				cross join lateral (select * from signal_enrichment where signal_id = wanted.id offset 0) e
				where e.workspace_id = ?""")
			.params(longArray(signals), workspace.value())
			.query(EnrichmentStore::enrichment)
			.list();
	}

	/** Signal ids as an array literal: one parameter however many there are. */
	static String longArray(Collection<SignalId> signals) {
		StringBuilder array = new StringBuilder(signals.size() * 8).append('{');
		for (SignalId signal : signals) {
			array.append(array.length() > 1 ? "," : "").append(signal.value());
		}
		return array.append('}').toString();
	}

	Optional<Enrichment> find(WorkspaceId workspace, SignalId signal) {
		return this.jdbc.sql("select " + COLUMNS + " from signal_enrichment where workspace_id = ? and signal_id = ?")
			.params(workspace.value(), signal.value())
			.query(EnrichmentStore::enrichment)
			.optional();
	}

	/**
	 * Signals after {@code after} (by id) whose enrichment is missing or, unless
	 * {@code everything}, was made by another engine version.
	 */
	List<SignalId> toAnalyse(Optional<WorkspaceId> workspace, boolean everything, String version, long after,
			int limit) {
		return this.jdbc
			.sql("select s.id from signal s left join signal_enrichment e on e.signal_id = s.id "
					+ "where s.id > :after " + scope(workspace) + stale(everything) + "order by s.id limit :limit")
			.param("after", after)
			.param("workspace", workspace.map(WorkspaceId::value).orElse(0L))
			.param("version", version)
			.param("limit", limit)
			.query((rs, n) -> new SignalId(rs.getLong(1)))
			.list();
	}

	long countToAnalyse(Optional<WorkspaceId> workspace, boolean everything, String version) {
		return this.jdbc
			.sql("select count(*) from signal s left join signal_enrichment e on e.signal_id = s.id " + "where true "
					+ scope(workspace) + stale(everything))
			.param("workspace", workspace.map(WorkspaceId::value).orElse(0L))
			.param("version", version)
			.query(Long.class)
			.single();
	}

	private static String scope(Optional<WorkspaceId> workspace) {
		return workspace.isPresent() ? "and s.workspace_id = :workspace " : "";
	}

	private static String stale(boolean everything) {
		return everything ? "" : "and (e.signal_id is null or e.engine_version <> :version) ";
	}

	private static Enrichment enrichment(ResultSet rs, int n) throws SQLException {
		SignalId signal = new SignalId(rs.getLong("signal_id"));
		WorkspaceId workspace = new WorkspaceId(rs.getLong("workspace_id"));
		Instant analysedAt = rs.getTimestamp("analysed_at").toInstant();
		String label = rs.getString("sentiment_label");
		if (label == null) {
			return new Enrichment(signal, workspace, rs.getString("engine_version"), Optional.empty(), analysedAt);
		}
		List<Aspect> aspects = JSON.readValue(rs.getString("aspects"), ASPECTS)
			.stream()
			.map(StoredAspect::aspect)
			.toList();
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		for (String code : strings(rs.getArray("flags"))) {
			flags.add(Flag.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
		}
		String moment = rs.getString("moment");
		Analysis analysis = new Analysis(Language.ofCode(rs.getString("language")),
				new Sentiment(SentimentLabel.ofCode(label), rs.getDouble("sentiment_score")), aspects,
				strings(rs.getArray("themes")), Optional.ofNullable(moment).map(InferredMoment::valueOf),
				Effort.valueOf(rs.getString("effort").toUpperCase(java.util.Locale.ROOT)), flags);
		return new Enrichment(signal, workspace, rs.getString("engine_version"), Optional.of(analysis), analysedAt);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private static Language language(String code) {
		return ("es".equals(code) || "en".equals(code)) ? Language.ofCode(code) : Language.UND;
	}

	/** An aspect as stored in the {@code aspects} column. */
	record StoredAspect(String text, String theme, String label) {

		static StoredAspect of(Aspect aspect) {
			return new StoredAspect(aspect.text(), aspect.theme(), aspect.label().code());
		}

		Aspect aspect() {
			return new Aspect(this.text, this.theme, SentimentLabel.ofCode(this.label));
		}

	}

}
