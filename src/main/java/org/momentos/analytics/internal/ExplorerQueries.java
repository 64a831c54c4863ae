package org.momentos.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The explorer's one query: every filter becomes a condition on the signal, its verdict
 * and its search document, always inside the caller's workspace.
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
		String sql = sql(workspace, filter, touchpoints, params) + " limit ? offset ?";
		params.add(limit);
		params.add(offset);
		return this.jdbc.sql(sql).params(params).query(ExplorerQueries::result).list();
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
		String sql = sql(workspace, filter, touchpoints, params) + " limit ?";
		params.add(limit);
		this.jdbc.sql(sql)
			.withFetchSize(EXPORT_FETCH_SIZE)
			.params(params)
			.query((RowCallbackHandler) (rs) -> sink.accept(result(rs, 0)));
	}

	public long count(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints) {
		List<Object> params = new ArrayList<>();
		String sql = "select count(*) from (" + sql(workspace, filter, touchpoints, params) + ") found";
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String sql(WorkspaceId workspace, ExplorerFilter filter, List<UUID> touchpoints,
			List<Object> params) {
		StringBuilder sql = new StringBuilder("select s.id, s.source, s.occurred_at, s.title, s.text, s.nps, s.csat,"
				+ " s.ces, s.touchpoint_key, s.attributes, v.verdict, v.sentiment, v.themes, ");
		if (filter.hasText()) {
			sql.append("ts_headline('momentos_es', coalesce(s.text, ''), q.query, 'StartSel=" + MARK_START
					+ ", StopSel=" + MARK_END + ", HighlightAll=true') highlighted, ts_rank(x.document, q.query) rank");
		}
		else {
			sql.append("null highlighted, 0 rank");
		}
		sql.append(" from signal s left join signal_verdict v on v.signal_id = s.id");
		if (filter.hasText()) {
			sql.append(" join signal_search x on x.signal_id = s.id cross join (select ")
				.append(QUERY)
				.append(" query) q");
			params.add(filter.text());
			params.add(filter.text());
		}
		sql.append(" where s.workspace_id = ?");
		params.add(workspace.value());
		if (filter.hasText()) {
			sql.append(" and x.workspace_id = ? and x.document @@ q.query");
			params.add(workspace.value());
		}
		if (filter.likeSignal() != null) {
			sql.append(" and s.id <> ? and exists (select 1 from signal_search me join signal_search other")
				.append(" on other.signal_id = s.id where me.signal_id = ? and me.workspace_id = ?")
				.append(" and other.document @@ to_tsquery('simple', (select string_agg(quote_literal(lexeme), ' | ')")
				.append(" from unnest(me.document) where length(lexeme) > 3)))");
			params.add(filter.likeSignal());
			params.add(filter.likeSignal());
			params.add(workspace.value());
		}
		if (!touchpoints.isEmpty() || filter.journey() != null) {
			sql.append(" and s.touchpoint_key = any(?)");
			params.add(touchpoints.toArray(UUID[]::new));
		}
		if (!filter.sources().isEmpty()) {
			sql.append(" and s.source = any(cast(? as text[]))");
			params.add(filter.sources().toArray(String[]::new));
		}
		if (!filter.verdicts().isEmpty()) {
			sql.append(" and v.verdict = any(cast(? as text[]))");
			params.add(filter.verdicts().stream().map(Verdict::name).toArray(String[]::new));
		}
		if ("negative".equals(filter.sentiment())) {
			sql.append(" and v.sentiment <= -0.25");
		}
		else if ("positive".equals(filter.sentiment())) {
			sql.append(" and v.sentiment >= 0.25");
		}
		else if ("neutral".equals(filter.sentiment())) {
			sql.append(" and v.sentiment > -0.25 and v.sentiment < 0.25");
		}
		if (filter.theme() != null && !filter.theme().isBlank()) {
			sql.append(" and v.themes && cast(? as text[])");
			params.add(new String[] { filter.theme() + ":NEGATIVE", filter.theme() + ":POSITIVE",
					filter.theme() + ":NEUTRAL" });
		}
		if (filter.from() != null) {
			sql.append(" and s.occurred_at >= ?");
			params.add(Timestamp.valueOf(filter.from().atStartOfDay()));
		}
		if (filter.to() != null) {
			sql.append(" and s.occurred_at < ?");
			params.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
		}
		if (!filter.attributes().isEmpty()) {
			sql.append(" and s.attributes @> cast(? as jsonb)");
			params.add(json.writeValueAsString(filter.attributes()));
		}
		sql.append(switch (filter.sort()) {
			case OLDEST -> " order by s.occurred_at, s.id";
			case RELEVANCE -> filter.hasText() ? " order by rank desc, s.occurred_at desc"
					: " order by s.occurred_at desc, s.id desc";
			case MOST_NEGATIVE -> " order by v.sentiment asc nulls last, s.occurred_at desc";
			case MOST_POSITIVE -> " order by v.sentiment desc nulls last, s.occurred_at desc";
			case NEWEST -> " order by s.occurred_at desc, s.id desc";
		});
		return sql.toString();
	}

	private static ExplorerResult result(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("text");
		String highlighted = rs.getString("highlighted");
		String safe = HtmlUtils.htmlEscape(highlighted != null ? highlighted : (text == null ? "" : text))
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
