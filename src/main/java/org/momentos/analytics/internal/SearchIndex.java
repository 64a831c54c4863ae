package org.momentos.analytics.internal;

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
		this.jdbc
			.sql("insert into signal_search (signal_id, workspace_id, document) select s.id, s.workspace_id, "
					+ DOCUMENT + " from signal s where s.id = ? and (s.text is not null or s.title is not null)"
					+ " on conflict (signal_id) do update set document = excluded.document")
			.param(signal.value())
			.update();
	}

}
