package org.momentos.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Workspace API keys. The secret is shown once, at creation; only its SHA-256 is stored,
 * with a short prefix so people can tell keys apart. A key that authenticated is
 * remembered for a few seconds, so a busy client costs no query per request; revoking a
 * key forgets them all at once on this instance (another instance follows within those
 * seconds).
 */
@Service
public class ApiKeys {

	static final String KEY_PREFIX = "mk_";

	private static final Duration REMEMBERED = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final Cache<String, WorkspaceAccess> authenticated = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a key and returns its secret, which is never shown again. */
	@Transactional
	public String create(WorkspaceAccess access, String name, Set<ApiScope> scopes, long createdBy) {
		access.require(Permission.MANAGE_API_KEYS);
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 120) {
			throw Problem.invalid("apiKeys.name.invalid");
		}
		if (scopes.isEmpty()) {
			throw Problem.invalid("apiKeys.scopes.required");
		}
		String secret = KEY_PREFIX + Secrets.newToken();
		insert(access.workspaceId(), trimmed, secret, scopes, createdBy);
		return secret;
	}

	/**
	 * Makes sure a key with this exact secret exists with every scope (deployment
	 * automation).
	 */
	@Transactional
	public void ensure(WorkspaceId workspace, String name, String secret) {
		boolean exists = this.jdbc.sql("select exists (select 1 from api_key where secret_hash = ?)")
			.param(Secrets.hash(secret))
			.query(Boolean.class)
			.single();
		if (!exists) {
			insert(workspace, name, secret, EnumSet.allOf(ApiScope.class), null);
		}
	}

	public List<ApiKey> list(WorkspaceId workspace) {
		return this.jdbc
			.sql("select * from api_key where workspace_id = ? order by revoked_at nulls first, created_at desc")
			.param(workspace.value())
			.query(this::apiKey)
			.list();
	}

	@Transactional
	public ApiKey revoke(WorkspaceAccess access, long keyId) {
		access.require(Permission.MANAGE_API_KEYS);
		int updated = this.jdbc
			.sql("update api_key set revoked_at = now() where id = ? and workspace_id = ? and revoked_at is null")
			.params(keyId, access.workspaceId().value())
			.update();
		if (updated == 0) {
			throw Problem.notFound("apiKeys.notFound");
		}
		forgetAuthenticatedKeysAfterCommit();
		return this.jdbc.sql("select * from api_key where id = ?").param(keyId).query(this::apiKey).single();
	}

	/**
	 * The workspace access a presented key gives, if the key exists and is not revoked.
	 */
	public Optional<WorkspaceAccess> authenticate(String presented) {
		if (presented == null || !presented.startsWith(KEY_PREFIX) || presented.length() > 200) {
			return Optional.empty();
		}
		String hash = Secrets.hash(presented);
		WorkspaceAccess remembered = this.authenticated.getIfPresent(hash);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<WorkspaceAccess> access = this.jdbc.sql("""
				select k.id, k.name, k.prefix, k.scopes, w.id as workspace_id, w.slug, w.name as workspace_name
				from api_key k join workspace w on w.id = k.workspace_id
				where k.secret_hash = ? and k.revoked_at is null""")
			.param(hash)
			.query((rs, row) -> new WorkspaceAccess(new WorkspaceId(rs.getLong("workspace_id")), rs.getString("slug"),
					rs.getString("workspace_name"), "api-key:" + rs.getString("prefix"), null,
					ApiScope.permissionsOf(scopesOf(rs.getString("scopes")))))
			.optional();
		access.ifPresent((granted) -> this.jdbc.sql("""
				update api_key set last_used_at = now() where secret_hash = ?
				and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(hash).update());
		access.ifPresent((granted) -> this.authenticated.put(hash, granted));
		return access;
	}

	private void forgetAuthenticatedKeysAfterCommit() {
		this.authenticated.invalidateAll();
		// Again once committed: a request reading the key before the commit may have
		// remembered it meanwhile.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ApiKeys.this.authenticated.invalidateAll();
			}
		});
	}

	private void insert(WorkspaceId workspace, String name, String secret, Set<ApiScope> scopes, Long createdBy) {
		this.jdbc.sql("""
				insert into api_key (workspace_id, name, prefix, secret_hash, scopes, created_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(workspace.value(), name, secret.substring(0, KEY_PREFIX.length() + 6), Secrets.hash(secret),
					scopes.stream().map(ApiScope::name).sorted().collect(Collectors.joining(",")), createdBy)
			.update();
	}

	private ApiKey apiKey(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				scopesOf(rs.getString("scopes")), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
	}

	private static Set<ApiScope> scopesOf(String column) {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(column.split(",")).filter((s) -> !s.isBlank()).map(ApiScope::valueOf).forEach(scopes::add);
		return scopes;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An API key as listed to admins: never its secret. */
	public record ApiKey(long id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {

		public boolean isRevoked() {
			return this.revokedAt != null;
		}

	}

}
