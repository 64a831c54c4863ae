package org.momentos.signal.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's signal settings: keyed hashing of customer references, retention, API
 * rate. Read on every arriving signal, so kept in memory for a few seconds (another
 * instance sees a change within that time).
 */
@Service
public class SignalSettings {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Cache<WorkspaceId, Settings> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.maximumSize(10_000)
		.build();

	SignalSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The workspace's settings. The first time, the row is created with a fresh hash key
	 * in the caller's transaction (never a second connection: requests holding one must
	 * not wait for another); only rows read back as already there are cached, so the
	 * cache never holds a key that could still be rolled back.
	 */
	public Settings of(WorkspaceId workspace) {
		Settings cached = this.cache.getIfPresent(workspace);
		if (cached != null) {
			return cached;
		}
		Optional<Settings> existing = read(workspace);
		if (existing.isPresent()) {
			this.cache.put(workspace, existing.get());
			return existing.get();
		}
		byte[] key = new byte[32];
		random.nextBytes(key);
		this.jdbc.sql("insert into signal_settings (workspace_id, hash_key) values (?, ?) on conflict do nothing")
			.params(workspace.value(), key)
			.update();
		return read(workspace).orElseThrow();
	}

	/**
	 * Changes the settings; not inside a caller's transaction, so that the cache never
	 * holds settings that were not committed.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Settings update(WorkspaceId workspace, boolean hashCustomerReferences, Integer retentionDays,
			int requestsPerSecond) {
		if (retentionDays != null && (retentionDays < 1 || retentionDays > 36_500)) {
			throw Problem.invalid("signal.settings.retention.invalid");
		}
		if (requestsPerSecond < 1 || requestsPerSecond > 100_000) {
			throw Problem.invalid("signal.settings.rate.invalid");
		}
		of(workspace);
		this.jdbc.sql("""
				update signal_settings set hash_customer_refs = ?, retention_days = ?, requests_per_second = ?
				where workspace_id = ?""")
			.params(hashCustomerReferences, retentionDays, requestsPerSecond, workspace.value())
			.update();
		this.cache.invalidate(workspace);
		return of(workspace);
	}

	private Optional<Settings> read(WorkspaceId workspace) {
		return this.jdbc.sql("select * from signal_settings where workspace_id = ?")
			.param(workspace.value())
			.query((rs, row) -> new Settings(workspace, rs.getBoolean("hash_customer_refs"),
					new CustomerReferences(rs.getBytes("hash_key")), (Integer) rs.getObject("retention_days"),
					rs.getInt("requests_per_second")))
			.optional();
	}

	/**
	 * @param workspace whose settings
	 * @param hashCustomerReferences store customer references as keyed hashes
	 * @param references how references are normalised and hashed in this workspace
	 * @param retentionDays signals older than this are purged; {@code null}: kept
	 * @param requestsPerSecond API requests allowed per second
	 */
	public record Settings(WorkspaceId workspace, boolean hashCustomerReferences, CustomerReferences references,
			Integer retentionDays, int requestsPerSecond) {

		/** The reference as it is stored: raw (trimmed), or its keyed hash. */
		public String stored(String reference) {
			if (reference == null || reference.isBlank()) {
				return null;
			}
			return this.hashCustomerReferences ? this.references.hash(reference) : reference.strip();
		}

	}

}
