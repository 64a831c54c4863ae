package org.momentos.signal.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inbound webhooks a workspace has connected, each with its own secret, and the check
 * that a delivery really comes from its sender. Secrets are stored as given: checking a
 * vendor's signature needs the secret itself.
 */
@Service
class Webhooks {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	Webhooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Connects (or reconnects) an adapter; a blank secret gets a new random token. */
	String connect(WorkspaceAccess access, WebhookAdapter adapter, String secret, Map<String, String> mapping) {
		access.require(Permission.MANAGE_SIGNALS);
		String kept = (secret == null || secret.isBlank()) ? newToken() : secret.strip();
		if (kept.length() < 16 || kept.length() > 200) {
			throw Problem.invalid("webhook.secret.invalid");
		}
		this.jdbc
			.sql("""
					insert into signal_webhook (workspace_id, adapter, secret, mapping) values (?, ?, ?, cast(? as jsonb))
					on conflict (workspace_id, adapter) do update set secret = excluded.secret, mapping = excluded.mapping""")
			.params(access.workspaceId().value(), adapter.name(), kept, json.writeValueAsString(mapping))
			.update();
		return kept;
	}

	void disconnect(WorkspaceAccess access, WebhookAdapter adapter) {
		access.require(Permission.MANAGE_SIGNALS);
		this.jdbc.sql("delete from signal_webhook where workspace_id = ? and adapter = ?")
			.params(access.workspaceId().value(), adapter.name())
			.update();
	}

	List<Connected> list(WorkspaceId workspace) {
		return this.jdbc.sql("select * from signal_webhook where workspace_id = ? order by adapter")
			.param(workspace.value())
			.query((rs, row) -> new Connected(workspace, WebhookAdapter.valueOf(rs.getString("adapter")),
					rs.getString("secret"), mapping(rs.getString("mapping"))))
			.list();
	}

	/** The webhook of this workspace (by slug) and adapter, if connected. */
	Optional<Connected> find(String slug, WebhookAdapter adapter) {
		return this.jdbc
			.sql("""
					select h.workspace_id, h.secret, h.mapping from signal_webhook h join workspace w on w.id = h.workspace_id
					where w.slug = ? and h.adapter = ?""")
			.params(slug, adapter.name())
			.query((rs, row) -> new Connected(new WorkspaceId(rs.getLong("workspace_id")), adapter,
					rs.getString("secret"), mapping(rs.getString("mapping"))))
			.optional();
	}

	private static Map<String, String> mapping(String column) {
		return new LinkedHashMap<>(json.readValue(column, new TypeReference<Map<String, String>>() {
		}));
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return "wh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A connected webhook. */
	record Connected(WorkspaceId workspace, WebhookAdapter adapter, String secret, Map<String, String> mapping) {

		/**
		 * Whether the delivery proves it knows the secret: the vendor's signature over
		 * the exact body, or the token (header {@code X-Momentos-Token}, a bearer token,
		 * or {@code ?token=}).
		 */
		boolean isAuthentic(HttpServletRequest request, byte[] body) {
			return switch (this.adapter) {
				case DELIGHTED -> sameText(strip(request.getHeader("X-Delighted-Webhook-Signature"), "sha256="),
						HexFormat.of().formatHex(hmac("HmacSHA256", body, null)));
				case INTERCOM -> sameText(strip(request.getHeader("X-Hub-Signature"), "sha1="),
						HexFormat.of().formatHex(hmac("HmacSHA1", body, null)));
				case ZENDESK -> (request.getHeader("X-Zendesk-Webhook-Signature") != null)
						? sameText(request.getHeader("X-Zendesk-Webhook-Signature"),
								Base64.getEncoder()
									.encodeToString(hmac("HmacSHA256", body,
											request.getHeader("X-Zendesk-Webhook-Signature-Timestamp"))))
						: sameText(token(request), this.secret);
				case GENERIC, FRESHDESK -> sameText(token(request), this.secret);
			};
		}

		private byte[] hmac(String algorithm, byte[] body, String prefix) {
			try {
				Mac mac = Mac.getInstance(algorithm);
				mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), algorithm));
				if (prefix != null) {
					mac.update(prefix.getBytes(StandardCharsets.UTF_8));
				}
				return mac.doFinal(body);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(algorithm + " is part of every JDK", ex);
			}
		}

		private static String token(HttpServletRequest request) {
			String header = request.getHeader("X-Momentos-Token");
			if (header != null) {
				return header.strip();
			}
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
				return authorization.substring(7).strip();
			}
			return request.getParameter("token");
		}

		private static String strip(String value, String prefix) {
			return (value != null && value.startsWith(prefix)) ? value.substring(prefix.length()) : value;
		}

		private static boolean sameText(String presented, String expected) {
			return presented != null && MessageDigest.isEqual(presented.strip().getBytes(StandardCharsets.UTF_8),
					expected.getBytes(StandardCharsets.UTF_8));
		}

	}

}
