package org.momentos.signal.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalFilter;
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
	 * The signal an earlier arrival stored with the same external id or idempotency key;
	 * looked up by the keys alone, like {@link SignalBatchInserts#DUPLICATES}.
	 */
	public Optional<SignalId> findDuplicate(WorkspaceId workspace, NewSignal signal) {
		return this.jdbc.sql("""
				select id from (select id, workspace_id from signal
				  where (source = ? and external_id = ?) or idempotency_key = ? offset 0) s
				where workspace_id = ? order by id limit 1""")
			.params(signal.source().name(), blankToNull(signal.externalId()), blankToNull(signal.idempotencyKey()),
					workspace.value())
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

	public List<Signal> findAll(WorkspaceId workspace, java.util.Collection<SignalId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		StringBuilder array = new StringBuilder(ids.size() * 8).append('{');
		for (SignalId id : ids) {
			array.append(array.length() > 1 ? "," : "").append(id.value());
		}
		// One primary-key probe per id, the workspace checked after (offset 0 keeps it
		// out of the probe): with the workspace inside, a plan from statistics older than
		// the workspace's signals read all of them (docs/signals.md, "Plans").
		return this.jdbc.sql("""
				select s.* from unnest(?::bigint[]) as wanted (id)
				cross join lateral (select * from signal where id = wanted.id offset 0) s
				where s.workspace_id = ?""")
			.params(array.append('}').toString(), workspace.value())
			.query(SignalStore::signal)
			.list();
	}

	public List<Signal> ofCustomer(WorkspaceId workspace, String customerReference) {
		return this.jdbc.sql(
				"select * from signal where workspace_id = ? and customer_ref = ? order by occurred_at desc, id desc limit 200")
			.params(workspace.value(), customerReference)
			.query(SignalStore::signal)
			.list();
	}

	/**
	 * Up to {@code limit} signals matching the filter, newest first, after the cursor
	 * position; {@code customerForms} are the stored forms of the filter's customer.
	 */
	public List<Signal> page(WorkspaceId workspace, SignalFilter filter, List<String> customerForms, Cursor after,
			int limit) {
		StringBuilder sql = new StringBuilder("select * from signal where workspace_id = :workspace");
		Map<String, Object> params = new HashMap<>();
		params.put("workspace", workspace.value());
		if (filter.source() != null) {
			sql.append(" and source = :source");
			params.put("source", filter.source().name());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		if (filter.touchpointKey() != null) {
			sql.append(" and touchpoint_key = :touchpoint");
			params.put("touchpoint", filter.touchpointKey());
		}
		if (customerForms != null) {
			sql.append(" and customer_ref in (:customer)");
			params.put("customer", customerForms);
		}
		if (blankToNull(filter.externalId()) != null) {
			sql.append(" and external_id = :externalId");
			params.put("externalId", filter.externalId().strip());
		}
		if (blankToNull(filter.text()) != null) {
			sql.append(" and (text ilike :text or title ilike :text)");
			params.put("text",
					"%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (after != null) {
			sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
			params.put("afterAt", Timestamp.from(after.occurredAt()));
			params.put("afterId", after.id());
		}
		sql.append(" order by occurred_at desc, id desc limit :limit");
		params.put("limit", limit);
		return this.jdbc.sql(sql.toString()).params(params).query(SignalStore::signal).list();
	}

	/** Deletes the customer's signals; their ids. */
	public List<SignalId> deleteByCustomer(WorkspaceId workspace, List<String> customerForms) {
		return this.jdbc
			.sql("delete from signal where workspace_id = :workspace and customer_ref in (:forms) returning id")
			.param("workspace", workspace.value())
			.param("forms", customerForms)
			.query(Long.class)
			.list()
			.stream()
			.map(SignalId::new)
			.toList();
	}

	/**
	 * Deletes up to {@code limit} signals that occurred before {@code cutoff}; their ids.
	 */
	public List<SignalId> deleteOccurredBefore(WorkspaceId workspace, Instant cutoff, int limit) {
		return this.jdbc.sql("""
				delete from signal where id in (select id from signal where workspace_id = ? and occurred_at < ?
				  order by occurred_at limit ?) returning id""")
			.params(workspace.value(), Timestamp.from(cutoff), limit)
			.query(Long.class)
			.list()
			.stream()
			.map(SignalId::new)
			.toList();
	}

	/** The workspaces that keep signals for a limited time, with that time in days. */
	public Map<WorkspaceId, Integer> retentionPeriods() {
		Map<WorkspaceId, Integer> periods = new HashMap<>();
		this.jdbc.sql("select workspace_id, retention_days from signal_settings where retention_days is not null")
			.query((rs) -> {
				periods.put(new WorkspaceId(rs.getLong(1)), rs.getInt(2));
			});
		return periods;
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

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A position in the newest-first order: signals before it come next. */
	public record Cursor(Instant occurredAt, long id) {

		public String encoded() {
			long micros = this.occurredAt.getEpochSecond() * 1_000_000 + this.occurredAt.getNano() / 1_000;
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((micros + ":" + this.id).getBytes(StandardCharsets.US_ASCII));
		}

		/** The cursor a client gave back; empty when it is not one of ours. */
		public static Optional<Cursor> decode(String encoded) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII)
					.split(":");
				long micros = Long.parseLong(parts[0]);
				return Optional.of(new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
						Math.floorMod(micros, 1_000_000) * 1_000L), Long.parseLong(parts[1])));
			}
			catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
				return Optional.empty();
			}
		}

	}

}
