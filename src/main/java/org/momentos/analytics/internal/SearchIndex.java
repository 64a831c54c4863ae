package org.momentos.analytics.internal;

import java.util.Collection;
import java.util.List;

import org.momentos.platform.PgArrays;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The explorer's index of judged signals: title and text stemmed in their language
 * (Spanish or English; both when it is not known), accents removed (an empty document for
 * a signal without text), with what the explorer filters and sorts by copied from the
 * signal and its verdict (time, source, touchpoint, verdict, sentiment, themes), so a
 * filtered search reads one table. Rows go with their signal (deleting a signal, or
 * erasing a customer, removes them).
 */
@Repository
public class SearchIndex {

	private static final String TEXT = "coalesce(s.title, '') || ' ' || coalesce(s.text, '')";

	/**
	 * Stemmed in the language the enrichment found (the explorer's query is stemmed in
	 * both, so either matches), in both when it found none: one {@code to_tsvector}
	 * instead of two for most signals.
	 */
	static final String DOCUMENT = "case coalesce(e.language, s.language)"
			+ " when 'es' then to_tsvector('momentos_es', " + TEXT + ") when 'en' then to_tsvector('momentos_en', "
			+ TEXT + ") else to_tsvector('momentos_es', " + TEXT + ") || to_tsvector('momentos_en', " + TEXT + ") end";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void index(SignalId signal) {
		indexAll(List.of(signal));
	}

	/** Indexes (again) these signals with their current verdicts, in one statement. */
	public void indexAll(Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("insert into signal_search (signal_id, workspace_id, occurred_at, source, touchpoint_key,"
					+ " verdict, sentiment, themes, document) select s.id, s.workspace_id, s.occurred_at, s.source,"
					+ " s.touchpoint_key, v.verdict, v.sentiment, coalesce(v.themes, '{}'), " + DOCUMENT
					+ " from unnest(?::bigint[]) as wanted (id) join signal s on s.id = wanted.id"
					+ " left join signal_verdict v on v.signal_id = s.id"
					+ " left join signal_enrichment e on e.signal_id = s.id"
					+ " on conflict (signal_id) do update set occurred_at = excluded.occurred_at,"
					+ " source = excluded.source, touchpoint_key = excluded.touchpoint_key, verdict = excluded.verdict,"
					+ " sentiment = excluded.sentiment, themes = excluded.themes, document = excluded.document")
			.param(PgArrays.of(signals.stream().map(SignalId::value).toList()))
			.update();
	}

	/**
	 * Copies the current verdicts of these signals of one workspace into the index, when
	 * verdicts changed but not the signals (new rules).
	 */
	public void verdictsChanged(WorkspaceId workspace, Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("update signal_search x set verdict = v.verdict, sentiment = v.sentiment, themes = v.themes"
					+ " from signal_verdict v where v.signal_id = x.signal_id and x.workspace_id = ?"
					+ " and v.workspace_id = ? and x.signal_id = any(?::bigint[])")
			.params(workspace.value(), workspace.value(), PgArrays.of(signals.stream().map(SignalId::value).toList()))
			.update();
	}

}
