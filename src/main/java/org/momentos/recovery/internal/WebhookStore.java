package org.momentos.recovery.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbound webhooks of a workspace, each with its own signing secret. */
@Repository
public class WebhookStore {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	WebhookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Webhook> list(WorkspaceId workspace) {
		return this.jdbc.sql("select id, url, secret from recovery_webhook where workspace_id = ? order by id")
			.param(workspace.value())
			.query((rs, row) -> new Webhook(rs.getLong("id"), rs.getString("url"), rs.getString("secret")))
			.list();
	}

	/** Adds a webhook with a new secret; the URL must be http(s). */
	public Webhook add(WorkspaceId workspace, String url) {
		String checked = checkedUrl(url);
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String secret = "whsec_" + HexFormat.of().formatHex(bytes);
		long id = this.jdbc
			.sql("insert into recovery_webhook (workspace_id, url, secret) values (?, ?, ?) returning id")
			.params(workspace.value(), checked, secret)
			.query(Long.class)
			.single();
		return new Webhook(id, checked, secret);
	}

	public Optional<String> delete(WorkspaceId workspace, long id) {
		return this.jdbc.sql("delete from recovery_webhook where workspace_id = ? and id = ? returning url")
			.params(workspace.value(), id)
			.query(String.class)
			.optional();
	}

	private static String checkedUrl(String url) {
		try {
			URI uri = URI.create(url == null ? "" : url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.toString().length() <= 500) {
				return uri.toString();
			}
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("recovery.webhook.url.invalid");
		}
		throw Problem.invalid("recovery.webhook.url.invalid");
	}

	/** One webhook. */
	public record Webhook(long id, String url, String secret) {
	}

}
