package org.momentos.signal.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.momentos.signal.NewSignal;
import org.momentos.signal.internal.SignalBatchInserts.Row;
import org.momentos.workspace.WorkspaceId;

/**
 * The keys that make a signal a duplicate (source and external id, idempotency key), and
 * the signals already stored under the keys of a batch.
 */
final class StoredKeys {

	/**
	 * One probe of a unique index per key, joined by {@code union all}. The keys lead
	 * their indexes (V77) and the inner queries name only the key ({@code offset 0} keeps
	 * the workspace condition outside), so no plan can read the workspace's signals
	 * instead: with {@code or}, or with the workspace inside, PostgreSQL read every
	 * signal of the workspace for each group (0.8 s at 1,000,000 signals), or for each
	 * key when its statistics were older than the workspace's signals.
	 */
	static final String LOOKUP = """
			select s.id, s.source, s.external_id, s.idempotency_key
			from unnest(?::text[], ?::text[]) as k(source, external_id)
			cross join lateral (
			  select id, workspace_id, source, external_id, idempotency_key from signal
			  where source = k.source and external_id = k.external_id offset 0) s
			where s.workspace_id = ?
			union all
			select s.id, s.source, s.external_id, s.idempotency_key
			from unnest(?::text[]) as k(idempotency_key)
			cross join lateral (
			  select id, workspace_id, source, external_id, idempotency_key from signal
			  where idempotency_key = k.idempotency_key offset 0) s
			where s.workspace_id = ?""";

	private StoredKeys() {
	}

	/** The id stored under each key of these rows that is already taken, by key. */
	static Map<String, Long> lookUp(Connection connection, WorkspaceId workspace, List<Row> rows) throws SQLException {
		if (rows.stream().allMatch((row) -> of(row.signal()).isEmpty())) {
			return Map.of();
		}
		List<String> sources = new ArrayList<>();
		List<String> externalIds = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (Row row : rows) {
			if (SignalStore.blankToNull(row.signal().externalId()) != null) {
				sources.add(row.signal().source().name());
				externalIds.add(row.signal().externalId().strip());
			}
			if (SignalStore.blankToNull(row.signal().idempotencyKey()) != null) {
				keys.add(row.signal().idempotencyKey().strip());
			}
		}
		Map<String, Long> existing = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
			statement.setArray(1, connection.createArrayOf("text", sources.toArray()));
			statement.setArray(2, connection.createArrayOf("text", externalIds.toArray()));
			statement.setLong(3, workspace.value());
			statement.setArray(4, connection.createArrayOf("text", keys.toArray()));
			statement.setLong(5, workspace.value());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong("id");
					if (rs.getString("external_id") != null) {
						existing.merge("x:" + rs.getString("source") + ":" + rs.getString("external_id"), id,
								Math::min);
					}
					if (rs.getString("idempotency_key") != null) {
						existing.merge("k:" + rs.getString("idempotency_key"), id, Math::min);
					}
				}
			}
		}
		return existing;
	}

	/**
	 * The keys that make a signal a duplicate: source and external id, idempotency key.
	 */
	static List<String> of(NewSignal signal) {
		String externalId = SignalStore.blankToNull(signal.externalId());
		String key = SignalStore.blankToNull(signal.idempotencyKey());
		if (externalId == null) {
			return key == null ? List.of() : List.of("k:" + key);
		}
		String external = "x:" + signal.source().name() + ":" + externalId;
		return key == null ? List.of(external) : List.of(external, "k:" + key);
	}

}
