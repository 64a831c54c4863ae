package org.momentos.recovery.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.momentos.recovery.AlertFired;
import org.momentos.recovery.Case;
import org.momentos.recovery.CaseEvent;
import org.momentos.recovery.internal.WebhookStore.Webhook;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts case events and fired alerts to the workspace's webhooks. The JSON body has a
 * {@code text} field, so Slack and Microsoft Teams incoming webhooks show it as is; the
 * header {@code X-Momentos-Signature: sha256=<hex>} is the HMAC-SHA256 of the body with
 * the webhook's secret. A failed delivery is logged and written to the audit trail, not
 * retried.
 */
@Component
class WebhookDelivery {

	static final String SIGNATURE_HEADER = "X-Momentos-Signature";

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final WebhookStore webhooks;

	private final CaseStore cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookDelivery(WebhookStore webhooks, CaseStore cases, AuditTrail audit, Clock clock) {
		this.webhooks = webhooks;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		Case found = this.cases.find(event.workspace(), event.caseId()).orElse(null);
		if (found == null) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text",
				"[Momentos] " + event.type() + " #" + found.id() + ": " + found.file().subject() + " ("
						+ found.priority() + (found.team().isEmpty() ? "" : ", " + found.team())
						+ (found.assignee().isEmpty() ? "" : ", " + found.assignee()) + ")");
		body.put("event", event.type());
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", found.id().value());
		subject.put("state", found.state().name());
		subject.put("priority", found.priority().name());
		subject.put("assignee", found.assignee());
		subject.put("team", found.team());
		subject.put("subject", found.file().subject());
		subject.put("touchpointKey", found.file().touchpointKey());
		body.put("case", subject);
		body.put("sentAt", this.clock.instant().toString());
		deliver(event.workspace(), event.type(), body);
	}

	@ApplicationModuleListener
	void on(AlertFired fired) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", "[Momentos] " + fired.verdict() + " signal #" + fired.signal() + " matched alert rule '"
				+ fired.rule() + "'" + (fired.caseId() == null ? "" : " (case #" + fired.caseId() + ")"));
		body.put("event", "alert.fired");
		body.put("signal", fired.signal().value());
		body.put("verdict", fired.verdict().name());
		body.put("rule", fired.rule());
		body.put("caseId", fired.caseId() == null ? null : fired.caseId().value());
		body.put("sentAt", this.clock.instant().toString());
		deliver(fired.workspace(), "alert.fired", body);
	}

	private void deliver(WorkspaceId workspace, String type, Map<String, Object> body) {
		byte[] payload = json.writeValueAsBytes(body);
		for (Webhook webhook : this.webhooks.list(workspace)) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("X-Momentos-Event", type)
				.header(SIGNATURE_HEADER, "sha256=" + sign(payload, webhook.secret()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(payload))
				.build();
			try {
				HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() >= 300) {
					failed(workspace, webhook, type, "HTTP " + response.statusCode());
				}
			}
			catch (IOException ex) {
				failed(workspace, webhook, type, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failed(workspace, webhook, type, "interrupted");
				return;
			}
		}
	}

	private void failed(WorkspaceId workspace, Webhook webhook, String type, String why) {
		log.warn("Webhook {} refused {}: {}", webhook.url(), type, why);
		this.audit.record(workspace, "momentos", "webhook.failed", webhook.url() + " " + type + ": " + why);
	}

	/** The lowercase hex HMAC-SHA256 of the body with the secret. */
	static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
