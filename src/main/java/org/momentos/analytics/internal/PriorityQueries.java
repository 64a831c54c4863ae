package org.momentos.analytics.internal;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the priorities page needs from the verdicts: negative theme counts, NPS answers
 * with their themes.
 */
@Repository
public class PriorityQueries {

	private final JdbcClient jdbc;

	PriorityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Bad and critical signals of the period. */
	public long negativeSignals(WorkspaceId workspace, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(bad + critical), 0) from moment_health_daily
				where workspace_id = ? and day between ? and ?""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to))
			.query(Long.class)
			.single();
	}

	/** Negative mentions of each theme in the period. */
	public Map<String, Long> negativeMentions(WorkspaceId workspace, LocalDate from, LocalDate to) {
		Map<String, Long> mentions = new HashMap<>();
		this.jdbc.sql("""
				select theme, sum(negative) negative from theme_daily
				where workspace_id = ? and day between ? and ? group by theme""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to))
			.query((rs, row) -> mentions.put(rs.getString("theme"), rs.getLong("negative")))
			.list();
		return mentions;
	}

	/**
	 * Texts of a few recent negative signals that mention a theme: walks the period's
	 * signals from the newest and stops at the {@code limit}-th match, instead of sorting
	 * every mention of the period.
	 */
	public List<String> examples(WorkspaceId workspace, String theme, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select s.text from signal s join signal_verdict v on v.signal_id = s.id
				where s.workspace_id = ? and s.occurred_at >= ? and s.occurred_at < ? and v.workspace_id = ?
				  and ? = any(v.themes) and s.text is not null
				order by s.occurred_at desc limit ?""")
			.params(workspace.value(), from.atStartOfDay().atOffset(ZoneOffset.UTC),
					to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), workspace.value(), theme + ":NEGATIVE",
					limit)
			.query(String.class)
			.list();
	}

	/** Every NPS answer of the period with the theme mentions of its text. */
	public List<NpsAnswer> npsAnswers(WorkspaceId workspace, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select nps, themes from signal_verdict
				where workspace_id = ? and day between ? and ? and nps is not null
				order by signal_id desc limit ?""")
			.params(workspace.value(), Date.valueOf(from), Date.valueOf(to), limit)
			.query((rs, row) -> new NpsAnswer(rs.getInt("nps"), strings(rs.getArray("themes"))))
			.list();
	}

	private static List<String> strings(Array array) throws java.sql.SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** One NPS answer with its theme mentions ("theme:POLARITY"). */
	public record NpsAnswer(int nps, List<String> themes) {
	}

}
