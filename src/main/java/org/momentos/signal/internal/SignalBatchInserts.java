package org.momentos.signal.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores a batch of checked signals in three statements instead of one per signal: ids
 * are drawn from the sequence first, rows go in as column arrays ({@code unnest}), and
 * the ids the insert did not return are duplicates, looked up together.
 */
@Repository
public class SignalBatchInserts {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String INSERT = """
			insert into signal (id, workspace_id, source, occurred_at, customer_ref, touchpoint_key, journey_id,
			  journey_version, nps, csat, ces, rating, title, text, language, attributes, external_id, idempotency_key)
			overriding system value
			select r.id, ?, r.source, r.occurred_at::timestamptz, r.customer_ref, r.touchpoint_key::uuid, r.journey_id,
			  r.journey_version, r.nps, r.csat, r.ces, r.rating::numeric, r.title, r.text, r.language,
			  r.attributes::jsonb, r.external_id, r.idempotency_key
			from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[], ?::smallint[],
			  ?::smallint[], ?::smallint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
			  as r(id, source, occurred_at, customer_ref, touchpoint_key, journey_id, journey_version, nps, csat, ces,
			  rating, title, text, language, attributes, external_id, idempotency_key)
			on conflict do nothing returning id""";

	private static final String DUPLICATES = """
			select id, source, external_id, idempotency_key from signal where workspace_id = ? and (
			  (source, external_id) in (select * from unnest(?::text[], ?::text[]))
			  or idempotency_key = any(?::text[]))""";

	private final JdbcTemplate jdbc;

	SignalBatchInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the rows that are not duplicates; for each row, in order, the id it was
	 * stored under and whether it is new.
	 */
	public List<Stored> insert(WorkspaceId workspace, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return this.jdbc.execute((ConnectionCallback<List<Stored>>) (connection) -> {
			long[] ids = nextIds(connection, rows.size());
			Set<Long> inserted = insertRows(connection, workspace, rows, ids);
			Map<String, Long> existing = inserted.size() == rows.size() ? Map.of()
					: existing(connection, workspace, rows);
			List<Stored> stored = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				if (inserted.contains(ids[i])) {
					stored.add(new Stored(new SignalId(ids[i]), true));
				}
				else {
					Long earlier = Optional.ofNullable(existing.get(externalKey(rows.get(i).signal())))
						.orElse(existing.get(idempotencyKey(rows.get(i).signal())));
					stored.add(new Stored(new SignalId(earlier), false));
				}
			}
			return stored;
		});
	}

	private static long[] nextIds(Connection connection, int count) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select nextval(pg_get_serial_sequence('signal', 'id')) from generate_series(1, ?)")) {
			statement.setInt(1, count);
			long[] ids = new long[count];
			try (ResultSet rs = statement.executeQuery()) {
				for (int i = 0; rs.next(); i++) {
					ids[i] = rs.getLong(1);
				}
			}
			return ids;
		}
	}

	private static Set<Long> insertRows(Connection connection, WorkspaceId workspace, List<Row> rows, long[] ids)
			throws SQLException {
		int n = rows.size();
		Object[][] columns = new Object[16][n];
		for (int i = 0; i < n; i++) {
			Row row = rows.get(i);
			NewSignal signal = row.signal();
			Scores scores = signal.scores();
			TouchpointRef touchpoint = row.touchpoint();
			columns[0][i] = signal.source().name();
			columns[1][i] = row.occurredAt().toString();
			columns[2][i] = SignalStore.blankToNull(signal.customerReference());
			columns[3][i] = touchpoint == null ? null : touchpoint.touchpointKey().toString();
			columns[4][i] = touchpoint == null ? null : touchpoint.journey().value();
			columns[5][i] = touchpoint == null ? null : touchpoint.version();
			columns[6][i] = scores.nps();
			columns[7][i] = scores.csat();
			columns[8][i] = scores.ces();
			columns[9][i] = scores.rating() == null ? null : scores.rating().toString();
			columns[10][i] = SignalStore.blankToNull(signal.title());
			columns[11][i] = SignalStore.blankToNull(signal.text());
			columns[12][i] = SignalStore.blankToNull(signal.language());
			columns[13][i] = json.writeValueAsString(signal.attributes());
			columns[14][i] = SignalStore.blankToNull(signal.externalId());
			columns[15][i] = SignalStore.blankToNull(signal.idempotencyKey());
		}
		String[] types = { "text", "text", "text", "text", "int8", "int4", "int4", "int4", "int4", "text", "text",
				"text", "text", "text", "text", "text" };
		Set<Long> inserted = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setLong(1, workspace.value());
			statement.setArray(2, connection.createArrayOf("int8", boxed(ids)));
			for (int c = 0; c < columns.length; c++) {
				statement.setArray(c + 3, array(connection, types[c], columns[c]));
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					inserted.add(rs.getLong(1));
				}
			}
		}
		return inserted;
	}

	private static Map<String, Long> existing(Connection connection, WorkspaceId workspace, List<Row> rows)
			throws SQLException {
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
		try (PreparedStatement statement = connection.prepareStatement(DUPLICATES)) {
			statement.setLong(1, workspace.value());
			statement.setArray(2, connection.createArrayOf("text", sources.toArray()));
			statement.setArray(3, connection.createArrayOf("text", externalIds.toArray()));
			statement.setArray(4, connection.createArrayOf("text", keys.toArray()));
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

	private static String externalKey(NewSignal signal) {
		String externalId = SignalStore.blankToNull(signal.externalId());
		return externalId == null ? null : "x:" + signal.source().name() + ":" + externalId;
	}

	private static String idempotencyKey(NewSignal signal) {
		String key = SignalStore.blankToNull(signal.idempotencyKey());
		return key == null ? null : "k:" + key;
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

	private static Long[] boxed(long[] values) {
		Long[] boxed = new Long[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return boxed;
	}

	/** A checked signal ready to store. */
	public record Row(NewSignal signal, Instant occurredAt, TouchpointRef touchpoint) {
	}

	/** Where a row ended up: stored now, or found already stored. */
	public record Stored(SignalId id, boolean isNew) {
	}

}
