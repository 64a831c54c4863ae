package org.momentos.signal.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores a batch of checked signals in three round trips instead of one per signal: ids
 * drawn from the sequence, one lookup of the duplicates, and a COPY of the new rows.
 */
@Repository
public class SignalBatchInserts {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String INSERT_UNLESS_CONFLICT = """
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

	private static final String COPY = """
			copy signal (id, workspace_id, source, occurred_at, customer_ref, touchpoint_key, journey_id,
			  journey_version, nps, csat, ces, rating, title, text, language, attributes, external_id, idempotency_key)
			from stdin (format csv)""";

	private final JdbcTemplate jdbc;

	SignalBatchInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the rows that are not duplicates; for each row, in order, the id it was
	 * stored under and whether it is new. Duplicates within the batch are found here; the
	 * rest is copied in at once, on the bet that none was stored before (new data, the
	 * common case), which costs no lookup at all. When a row was stored before, the copy
	 * fails on a unique key: the stored ones are then looked up and the rest copied; if a
	 * concurrent writer stored one of them meanwhile, the batch is redone with
	 * {@code on conflict do nothing}.
	 */
	public List<Stored> insert(WorkspaceId workspace, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return this.jdbc.execute((ConnectionCallback<List<Stored>>) (connection) -> {
			long[] ids = nextIds(connection, rows.size());
			Stored[] stored = new Stored[rows.size()];
			if (copied(connection, workspace, rows, ids, fresh(rows, ids, Map.of(), stored))) {
				return List.of(stored);
			}
			Map<String, Long> existing = StoredKeys.lookUp(connection, workspace, rows);
			if (copied(connection, workspace, rows, ids, fresh(rows, ids, existing, stored))) {
				return List.of(stored);
			}
			return insertUnlessConflict(connection, workspace, rows, ids);
		});
	}

	/**
	 * The positions of the rows to write: neither stored before ({@code existing}, by
	 * key) nor earlier in the batch. Fills in what each row is stored under.
	 */
	private static List<Integer> fresh(List<Row> rows, long[] ids, Map<String, Long> existing, Stored[] stored) {
		Map<String, Integer> firstInBatch = new HashMap<>();
		List<Integer> fresh = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			List<String> keys = StoredKeys.of(rows.get(i).signal());
			Long earlier = keys.stream().map(existing::get).filter((id) -> id != null).findFirst().orElse(null);
			Integer sameBatch = keys.stream()
				.map(firstInBatch::get)
				.filter((index) -> index != null)
				.findFirst()
				.orElse(null);
			if (earlier != null) {
				stored[i] = new Stored(new SignalId(earlier), false);
			}
			else if (sameBatch != null) {
				stored[i] = new Stored(new SignalId(ids[sameBatch]), false);
			}
			else {
				fresh.add(i);
				stored[i] = new Stored(new SignalId(ids[i]), true);
				int position = i;
				keys.forEach((key) -> firstInBatch.put(key, position));
			}
		}
		return fresh;
	}

	/**
	 * Copies these rows in; false, and nothing written, when one of them is a duplicate.
	 */
	private static boolean copied(Connection connection, WorkspaceId workspace, List<Row> rows, long[] ids,
			List<Integer> fresh) throws SQLException {
		Savepoint beforeCopy = connection.setSavepoint();
		try {
			copyRows(connection, workspace, fresh.stream().map(rows::get).toList(),
					fresh.stream().mapToLong((i) -> ids[i]).toArray());
			connection.releaseSavepoint(beforeCopy);
			return true;
		}
		catch (SQLException ex) {
			if (!"23505".equals(ex.getSQLState())) {
				throw ex;
			}
			connection.rollback(beforeCopy);
			return false;
		}
	}

	private static List<Stored> insertUnlessConflict(Connection connection, WorkspaceId workspace, List<Row> rows,
			long[] ids) throws SQLException {
		Set<Long> inserted = insertRows(connection, INSERT_UNLESS_CONFLICT, workspace, rows, ids);
		Map<String, Long> existing = StoredKeys.lookUp(connection, workspace, rows);
		List<Stored> stored = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			if (inserted.contains(ids[i])) {
				stored.add(new Stored(new SignalId(ids[i]), true));
			}
			else {
				Long earlier = StoredKeys.of(rows.get(i).signal())
					.stream()
					.map(existing::get)
					.filter((id) -> id != null)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("A conflicting signal vanished"));
				stored.add(new Stored(new SignalId(earlier), false));
			}
		}
		return stored;
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

	private static Set<Long> insertRows(Connection connection, String sql, WorkspaceId workspace, List<Row> rows,
			long[] ids) throws SQLException {
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
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
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

	/**
	 * The fresh rows go in as PostgreSQL's COPY does it, the fastest way in: a CSV
	 * stream, with the ids drawn before.
	 */
	private static void copyRows(Connection connection, WorkspaceId workspace, List<Row> rows, long[] ids)
			throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder(rows.size() * 160);
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			NewSignal signal = row.signal();
			Scores scores = signal.scores();
			TouchpointRef touchpoint = row.touchpoint();
			csv.append(ids[i]).append(',').append(workspace.value()).append(',');
			field(csv, signal.source().name());
			field(csv, row.occurredAt().toString());
			field(csv, SignalStore.blankToNull(signal.customerReference()));
			field(csv, touchpoint == null ? null : touchpoint.touchpointKey());
			field(csv, touchpoint == null ? null : touchpoint.journey().value());
			field(csv, touchpoint == null ? null : touchpoint.version());
			field(csv, scores.nps());
			field(csv, scores.csat());
			field(csv, scores.ces());
			field(csv, scores.rating());
			field(csv, SignalStore.blankToNull(signal.title()));
			field(csv, SignalStore.blankToNull(signal.text()));
			field(csv, SignalStore.blankToNull(signal.language()));
			field(csv, json.writeValueAsString(signal.attributes()));
			field(csv, SignalStore.blankToNull(signal.externalId()));
			csv.append(quoted(SignalStore.blankToNull(signal.idempotencyKey()))).append('\n');
		}
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("Could not stream the batch to PostgreSQL", ex);
		}
	}

	private static void field(StringBuilder csv, Object value) {
		csv.append(quoted(value)).append(',');
	}

	/** A CSV field: nothing for null (COPY reads it as NULL), else quoted. */
	private static String quoted(Object value) {
		if (value == null) {
			return "";
		}
		return '"' + value.toString().replace("\"", "\"\"") + '"';
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
