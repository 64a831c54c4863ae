package org.momentos.recovery.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.momentos.recovery.AlertFired;
import org.momentos.recovery.Case;
import org.momentos.recovery.CaseEvent;
import org.momentos.recovery.CaseId;
import org.momentos.recovery.CasesOpened;
import org.momentos.recovery.internal.WebhookStore.Webhook;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts case events and fired alerts to the workspace's webhooks. The JSON body has a
 * {@code text} field, so Slack and Microsoft Teams incoming webhooks show it as is; the
 * header {@code X-Momentos-Signature: sha256=<hex>} is the HMAC-SHA256 of the body with
 * the webhook's secret. Each delivery is kept in the delivery log; a failed one (an error
 * or a non-2xx answer) is tried again after 1 min, 5 min, 30 min and 2 h, then given up
 * and written to the audit trail. The deliveries of a run are sent together, so one
 * receiver that hangs delays the others by at most one time-out.
 */
@Component
public class WebhookDelivery {

	static final String SIGNATURE_HEADER = "X-Momentos-Signature";

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final WebhookStore webhooks;

	private final CaseStore cases;

	private final AuditTrail audit;

	private final Clock clock;

	/**
	 * The waits before each retry: five attempts in all over about two and a half hours.
	 */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2));

	private final WebhookLog deliveries;

	/** How long one attempt may take before it counts as failed. */
	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookDelivery(WebhookStore webhooks, CaseStore cases, AuditTrail audit, Clock clock, WebhookLog deliveries) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		List<Webhook> targets = this.webhooks.list(event.workspace());
		if (targets.isEmpty()) {
			// Most workspaces have no webhook: the case is not even read.
			return;
		}
		announce(event.workspace(), event.type(), event.caseId(), targets);
	}

	/** Cases opened by alert rules: each is announced as {@code case.opened}. */
	@ApplicationModuleListener
	void on(CasesOpened opened) {
		List<Webhook> targets = this.webhooks.list(opened.workspace());
		if (targets.isEmpty()) {
			return;
		}
		opened.cases().forEach((id) -> announce(opened.workspace(), "case.opened", id, targets));
	}

	private void announce(WorkspaceId workspace, String type, CaseId id, List<Webhook> targets) {
		Case found = this.cases.find(workspace, id).orElse(null);
		if (found == null) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text",
				"[Momentos] " + type + " #" + found.id() + ": " + found.file().subject() + " (" + found.priority()
						+ (found.team().isEmpty() ? "" : ", " + found.team())
						+ (found.assignee().isEmpty() ? "" : ", " + found.assignee()) + ")");
		body.put("event", type);
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
		deliver(workspace, type, body, targets);
	}

	@ApplicationModuleListener
	void on(AlertFired fired) {
		List<Webhook> targets = this.webhooks.list(fired.workspace());
		if (targets.isEmpty()) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", "[Momentos] " + fired.verdict() + " signal #" + fired.signal() + " matched alert rule '"
				+ fired.rule() + "'" + (fired.caseId() == null ? "" : " (case #" + fired.caseId() + ")"));
		body.put("event", "alert.fired");
		body.put("signal", fired.signal().value());
		body.put("verdict", fired.verdict().name());
		body.put("rule", fired.rule());
		body.put("caseId", fired.caseId() == null ? null : fired.caseId().value());
		body.put("sentAt", this.clock.instant().toString());
		deliver(fired.workspace(), "alert.fired", body, targets);
	}

	private void deliver(WorkspaceId workspace, String type, Map<String, Object> body, List<Webhook> targets) {
		String payload = json.writeValueAsString(body);
		Instant now = this.clock.instant();
		List<WebhookLog.Pending> pending = new ArrayList<>();
		for (Webhook webhook : targets) {
			long id = this.deliveries.create(workspace, webhook.id(), type, payload, now);
			pending.add(new WebhookLog.Pending(id, workspace, type, payload, 0, webhook.url(), webhook.secret()));
		}
		attemptAll(pending, now);
	}

	/**
	 * Every minute, by the {@link Clock}: tries again each delivery whose backoff has
	 * passed.
	 */
	@Scheduled(fixedDelayString = "${momentos.recovery.webhooks.retry-every:60s}", initialDelayString = "60s")
	public void retry() {
		Instant now = this.clock.instant();
		attemptAll(this.deliveries.claimDue(now, 200), now);
	}

	/**
	 * Sends the deliveries all at once and records each outcome when every one has
	 * answered or timed out: a receiver that hangs costs one time-out per run, not one
	 * per delivery.
	 */
	private void attemptAll(List<WebhookLog.Pending> pending, Instant now) {
		List<CompletableFuture<String>> outcomes = pending.stream().map(this::send).toList();
		CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
		for (int i = 0; i < pending.size(); i++) {
			record(pending.get(i), outcomes.get(i).join(), now);
		}
	}

	/** The error of one attempt, or {@code null} when the receiver accepted it. */
	private CompletableFuture<String> send(WebhookLog.Pending pending) {
		byte[] payload = pending.payload().getBytes(StandardCharsets.UTF_8);
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(pending.url()))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json")
				.header("X-Momentos-Event", pending.event())
				.header("X-Momentos-Delivery", Long.toString(pending.id()))
				.header(SIGNATURE_HEADER, "sha256=" + sign(payload, pending.secret()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(payload))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.completedFuture(describe(ex));
		}
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.handle((response, failure) -> (failure != null) ? describe(unwrap(failure))
					: (response.statusCode() < 300) ? null : "HTTP " + response.statusCode());
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
	}

	private static String describe(Throwable failure) {
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

	private void record(WebhookLog.Pending pending, String error, Instant now) {
		if (error == null) {
			this.deliveries.attempted(pending.id(), "DELIVERED", null, null, now);
			return;
		}
		int attempts = pending.attempts() + 1;
		if (attempts >= BACKOFF.size() + 1) {
			this.deliveries.attempted(pending.id(), "FAILED", error, null, now);
			log.warn("Webhook {} refused {} {} times, giving up: {}", pending.url(), pending.event(), attempts, error);
			this.audit.record(pending.workspace(), "momentos", "webhook.failed",
					pending.url() + " " + pending.event() + " after " + attempts + " attempts: " + error);
		}
		else {
			this.deliveries.attempted(pending.id(), "PENDING", error, now.plus(BACKOFF.get(attempts - 1)), now);
		}
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
