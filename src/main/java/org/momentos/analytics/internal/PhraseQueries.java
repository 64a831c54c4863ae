package org.momentos.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The texts of negative signals, for phrase counts. */
@Repository
public class PhraseQueries {

	private final JdbcClient jdbc;

	PhraseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Texts of the bad and critical signals of a period, the newest first, at most
	 * {@code limit}.
	 * @param touchpoints only these touchpoints, or null for the whole workspace
	 */
	public List<String> negativeTexts(WorkspaceId workspace, Collection<UUID> touchpoints, LocalDate from, LocalDate to,
			int limit) {
		UUID[] keys = touchpoints == null ? null : touchpoints.toArray(UUID[]::new);
		return this.jdbc.sql("""
				select s.text from signal_verdict v join signal s on s.id = v.signal_id
				where v.workspace_id = ? and s.workspace_id = ? and v.day between ? and ?
				  and v.verdict in ('BAD', 'CRITICAL') and s.text is not null
				  and (cast(? as uuid[]) is null or s.touchpoint_key = any(?))
				order by v.day desc, v.signal_id desc limit ?""")
			.params(workspace.value(), workspace.value(), Date.valueOf(from), Date.valueOf(to), keys, keys, limit)
			.query(String.class)
			.list();
	}

}
