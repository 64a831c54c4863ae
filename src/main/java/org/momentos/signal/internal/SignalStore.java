package org.momentos.signal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signals in PostgreSQL; every statement names the workspace. */
@Repository
public class SignalStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the signal unless it is a duplicate; empty when it already existed. */
	public Optional<SignalId> insert(WorkspaceId workspace, NewSignal signal, Instant occurredAt,
			TouchpointRef touchpoint) {
		Scores scores = signal.scores();
		return this.jdbc
			.sql("""
					insert into signal (workspace_id, source, occurred_at, customer_ref, touchpoint_key, journey_id,
					  journey_version, nps, csat, ces, rating, title, text, language, attributes, external_id, idempotency_key)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
					on conflict do nothing returning id""")
			.params(workspace.value(), signal.source().name(), Timestamp.from(occurredAt),
					blankToNull(signal.customerReference()), touchpoint == null ? null : touchpoint.touchpointKey(),
					touchpoint == null ? null : touchpoint.journey().value(),
					touchpoint == null ? null : touchpoint.version(), scores.nps(), scores.csat(), scores.ces(),
					scores.rating(), blankToNull(signal.title()), blankToNull(signal.text()),
					blankToNull(signal.language()), json.writeValueAsString(signal.attributes()),
					blankToNull(signal.externalId()), blankToNull(signal.idempotencyKey()))
			.query(Long.class)
			.optional()
			.map(SignalId::new);
	}

	/**
	 * The signal an earlier arrival stored with the same external id or idempotency key.
	 */
	public Optional<SignalId> findDuplicate(WorkspaceId workspace, NewSignal signal) {
		return this.jdbc.sql("""
				select id from signal where workspace_id = ?
				and ((source = ? and external_id = ?) or idempotency_key = ?) order by id limit 1""")
			.params(workspace.value(), signal.source().name(), blankToNull(signal.externalId()),
					blankToNull(signal.idempotencyKey()))
			.query(Long.class)
			.optional()
			.map(SignalId::new);
	}

	public Optional<Signal> find(WorkspaceId workspace, SignalId id) {
		return this.jdbc.sql("select * from signal where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.query(SignalStore::signal)
			.optional();
	}

	public List<Signal> ofCustomer(WorkspaceId workspace, String customerReference) {
		return this.jdbc.sql(
				"select * from signal where workspace_id = ? and customer_ref = ? order by occurred_at desc, id desc limit 200")
			.params(workspace.value(), customerReference)
			.query(SignalStore::signal)
			.list();
	}

	static Signal signal(ResultSet rs, int row) throws SQLException {
		Number rating = (Number) rs.getObject("rating");
		return new Signal(new SignalId(rs.getLong("id")), new WorkspaceId(rs.getLong("workspace_id")),
				SignalSource.valueOf(rs.getString("source")), rs.getTimestamp("occurred_at").toInstant(),
				rs.getTimestamp("received_at").toInstant(), rs.getString("customer_ref"),
				(UUID) rs.getObject("touchpoint_key"), (Integer) rs.getObject("journey_version"),
				new Scores(integer(rs, "nps"), integer(rs, "csat"), integer(rs, "ces"),
						rating == null ? null : rating.doubleValue()),
				rs.getString("title"), rs.getString("text"), rs.getString("language"),
				json.readValue(rs.getString("attributes"), new TypeReference<Map<String, String>>() {
				}), rs.getString("external_id"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return value == null ? null : value.intValue();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
