package org.momentos.analytics.internal;

import java.util.Collection;
import java.util.List;

import org.momentos.signal.SignalId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The full-text index of signals: title and text stemmed in Spanish and in English,
 * accents removed. Rows go with their signal (deleting a signal, or erasing a customer,
 * removes them).
 */
@Repository
public class SearchIndex {

	static final String DOCUMENT = "to_tsvector('momentos_es', coalesce(s.title, '') || ' ' || coalesce(s.text, ''))"
			+ " || to_tsvector('momentos_en', coalesce(s.title, '') || ' ' || coalesce(s.text, ''))";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void index(SignalId signal) {
		indexAll(List.of(signal));
	}

	/** Indexes (again) these signals, in one statement. */
	public void indexAll(Collection<SignalId> signals) {
		if (signals.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("insert into signal_search (signal_id, workspace_id, document) select s.id, s.workspace_id, "
					+ DOCUMENT + " from unnest(?::bigint[]) as wanted (id) join signal s on s.id = wanted.id"
					+ " where s.text is not null or s.title is not null"
					+ " on conflict (signal_id) do update set document = excluded.document")
			.param(PgArrays.of(signals.stream().map(SignalId::value).toList()))
			.update();
	}

}
