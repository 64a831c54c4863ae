package org.momentos.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.momentos.analytics.ExplorerFilter;
import org.momentos.analytics.ExplorerResult;
import org.momentos.analytics.Verdict;
import org.momentos.workspace.WorkspaceId;
import org.momentos.platform.HtmlEntities;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The explorer's queries: every filter becomes a condition on the search index (which
 * carries each judged signal's document, time, touchpoint, source and verdict), always
 * inside the caller's workspace.
 */
@Repository
public class ExplorerQueries {

	private static final String MARK_START = "\u0002";

	private static final String MARK_END = "\u0003";

	private static final String QUERY = "(websearch_to_tsquery('momentos_es', ?) || websearch_to_tsquery('momentos_en', ?))";

	static final int EXPORT_FETCH_SIZE = 2_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ExplorerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ExplorerResult> search(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints, int offset,
			int limit) {
		List<Object> params = new ArrayList<>();
		String sql = pageSql(workspace, filter, touchpoints, params, offset, limit);
		return this.jdbc.sql(sql).params(params).query(ExplorerQueries::result).list();
	}

	/**
	 * The statement of one page of the view; its parameters are added to {@code params}.
	 */
	static String pageSql(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints, List<Object> params,
			int offset, int limit) {
		return sql(workspace, filter, touchpoints, params, " limit ? offset ?", List.of(limit, offset));
	}

	/**
	 * Streams every result to {@code sink}, for exports of large views without holding
	 * them: inside a read-only transaction the driver reads the rows through a cursor,
	 * {@value #EXPORT_FETCH_SIZE} at a time, instead of loading them all first.
	 */
	@Transactional(readOnly = true)
	public void each(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints, int limit,
			Consumer<ExplorerResult> sink) {
		List<Object> params = new ArrayList<>();
		String sql = sql(workspace, filter, touchpoints, params, " limit ?", List.of(limit));
		this.jdbc.sql(sql)
			.withFetchSize(EXPORT_FETCH_SIZE)
			.params(params)
			.query((RowCallbackHandler) (rs) -> sink.accept(result(rs, 0)));
	}

	/**
	 * How many signals the view finds, counted up to {@code cap + 1}: a view of more than
	 * {@code cap} signals answers {@code cap + 1} without reading the rest.
	 */
	public long count(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints, int cap) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select count(*) from (select 1 from signal_search x");
		if (filter.hasText()) {
			sql.append(" cross join (select ").append(QUERY).append(" query) q");
			params.add(filter.text());
			params.add(filter.text());
		}
		sql.append(conditions(workspace, filter, touchpoints, params)).append(" limit ?) found");
		params.add(cap + 1);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/**
	 * A page of the view: the signals are found, filtered, sorted and cut in the search
	 * index alone; then each row's signal is read by its key, in the page's order (no
	 * sort and no scan of the signals, also for a 100,000-row export), and highlighted.
	 */
	private static String sql(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints, List<Object> params,
			String limit, List<Object> limitParams) {
		StringBuilder sql = new StringBuilder("select s.id, s.source, s.occurred_at, s.title, s.text, s.nps, s.csat,"
				+ " s.ces, s.touchpoint_key, s.attributes, f.verdict, f.sentiment, f.themes, ");
		if (filter.hasText()) {
			sql.append("ts_headline('momentos_es', coalesce(s.text, ''), q.query, 'StartSel=" + MARK_START
					+ ", StopSel=" + MARK_END + ", HighlightAll=true') highlighted");
		}
		else {
			sql.append("null highlighted");
		}
		sql.append(" from (select x.signal_id, x.occurred_at, x.verdict, x.sentiment, x.themes, ")
			.append(filter.hasText() ? "ts_rank(x.document, q.query)" : "0")
			.append(" as rank from signal_search x");
		if (filter.hasText()) {
			sql.append(" cross join (select ").append(QUERY).append(" query) q");
			params.add(filter.text());
			params.add(filter.text());
		}
		sql.append(conditions(workspace, filter, touchpoints, params))
			.append(order(filter, "x."))
			.append(limit)
			.append(") f cross join lateral (select id, source, occurred_at, title, text, nps, csat, ces,")
			.append(" touchpoint_key, attributes from signal where id = f.signal_id and workspace_id = ? limit 1) s");
		params.addAll(limitParams);
		params.add(workspace.value());
		if (filter.hasText()) {
			sql.append(" cross join (select ").append(QUERY).append(" query) q");
			params.add(filter.text());
			params.add(filter.text());
		}
		sql.append(order(filter, "f."));
		return sql.toString();
	}

	private static String order(ExplorerFilter filter, String table) {
		String newest = table + "occurred_at desc, " + table + "signal_id desc";
		return " order by " + switch (filter.sort()) {
			case OLDEST -> table + "occurred_at, " + table + "signal_id";
			case RELEVANCE -> filter.hasText() ? ("rank desc, " + newest) : newest;
			case MOST_NEGATIVE -> table + "sentiment asc nulls last, " + newest;
			case MOST_POSITIVE -> table + "sentiment desc nulls last, " + newest;
			case NEWEST -> newest;
		};
	}

	/**
	 * Every filter as a condition on the search row {@code x} (and on its signal for
	 * attributes), always inside the workspace. Days are UTC days, as in the roll-ups.
	 */
	private static String conditions(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints,
			List<Object> params) {
		StringBuilder sql = new StringBuilder(" where x.workspace_id = ?");
		params.add(workspace.value());
		if (filter.hasText()) {
			sql.append(" and x.document @@ q.query");
		}
		if (filter.likeSignal() != null) {
			sql.append(" and x.signal_id <> ? and x.document @@ (select to_tsquery('simple',")
				.append(" string_agg(quote_literal(lexeme), ' | ')) from signal_search me, unnest(me.document)")
				.append(" where me.signal_id = ? and me.workspace_id = ? and length(lexeme) > 3)");
			params.add(filter.likeSignal());
			params.add(filter.likeSignal());
			params.add(workspace.value());
		}
		if (!touchpoints.isEmpty() || filter.journey() != null) {
			sql.append(" and x.touchpoint_key = any(?)");
			params.add(touchpoints.toArray(UUID[]::new));
		}
		if (!filter.sources().isEmpty()) {
			sql.append(" and x.source = any(cast(? as text[]))");
			params.add(filter.sources().toArray(String[]::new));
		}
		if (!filter.verdicts().isEmpty()) {
			sql.append(" and x.verdict = any(cast(? as text[]))");
			params.add(filter.verdicts().stream().map(Verdict::name).toArray(String[]::new));
		}
		if ("negative".equals(filter.sentiment())) {
			sql.append(" and x.sentiment <= -0.25");
		}
		else if ("positive".equals(filter.sentiment())) {
			sql.append(" and x.sentiment >= 0.25");
		}
		else if ("neutral".equals(filter.sentiment())) {
			sql.append(" and x.sentiment > -0.25 and x.sentiment < 0.25");
		}
		if (filter.theme() != null && !filter.theme().isBlank()) {
			sql.append(" and x.themes && cast(? as text[])");
			params.add(new String[] { filter.theme() + ":NEGATIVE", filter.theme() + ":POSITIVE",
					filter.theme() + ":NEUTRAL" });
		}
		if (filter.from() != null) {
			sql.append(" and x.occurred_at >= ?");
			params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			sql.append(" and x.occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (!filter.attributes().isEmpty()) {
			sql.append(" and exists (select 1 from signal a where a.id = x.signal_id and a.workspace_id = ?")
				.append(" and a.attributes @> cast(? as jsonb))");
			params.add(workspace.value());
			params.add(json.writeValueAsString(filter.attributes()));
		}
		return sql.toString();
	}

	private static ExplorerResult result(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("text");
		String highlighted = rs.getString("highlighted");
		String safe = HtmlUtils
			.htmlEscape(HtmlEntities.decode(highlighted != null ? highlighted : (text == null ? "" : text)))
			.replace(MARK_START, "<mark>")
			.replace(MARK_END, "</mark>");
		String verdict = rs.getString("verdict");
		Number sentiment = (Number) rs.getObject("sentiment");
		return new ExplorerResult(rs.getLong("id"), rs.getString("source"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("title"), safe, text, integer(rs, "nps"), integer(rs, "csat"), integer(rs, "ces"),
				verdict == null ? null : Verdict.valueOf(verdict), sentiment == null ? null : sentiment.doubleValue(),
				strings(rs.getArray("themes")), (UUID) rs.getObject("touchpoint_key"),
				json.readValue(rs.getString("attributes"), new TypeReference<Map<String, String>>() {
				}));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return value == null ? null : value.intValue();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
