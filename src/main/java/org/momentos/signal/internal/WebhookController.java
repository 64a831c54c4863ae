package org.momentos.signal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.signal.Receipt;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.internal.SignalJson.Parsed;
import org.momentos.signal.internal.Webhooks.Connected;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbound webhooks: {@code POST /hooks/{workspace-slug}/{adapter}}, public (no login, no
 * CSRF), each authenticated by its own secret. A wrong or missing secret, or a webhook
 * that is not connected, is 401 and nothing is stored.
 */
@RestController
class WebhookController {

	static final int MAX_BYTES = 1 << 20;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Webhooks webhooks;

	private final SignalGroupCommit groupCommit;

	WebhookController(Webhooks webhooks, SignalGroupCommit groupCommit) {
		this.webhooks = webhooks;
		this.groupCommit = groupCommit;
	}

	@PostMapping(path = "/hooks/{slug}/{adapter}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> deliver(@PathVariable String slug, @PathVariable String adapter,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		byte[] bytes = body == null ? new byte[0] : body;
		Optional<Connected> webhook = WebhookAdapter.named(adapter).flatMap((kind) -> this.webhooks.find(slug, kind));
		if (webhook.isEmpty() || !webhook.get().isAuthentic(request, bytes)) {
			return answer(HttpStatus.UNAUTHORIZED, Map.of("status", "unauthorized"));
		}
		if (bytes.length > MAX_BYTES) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, Map.of("status", "tooLarge"));
		}
		JsonNode document;
		try {
			document = json.readTree(bytes);
		}
		catch (JacksonException ex) {
			return answer(HttpStatus.BAD_REQUEST, Map.of("status", "rejected", "reason", "signal.json.invalid"));
		}
		List<Parsed> parsed = webhook.get().adapter().signals(document, webhook.get().mapping());
		if (parsed.isEmpty()) {
			return answer(HttpStatus.OK, Map.of("status", "ignored"));
		}
		List<Receipt> stored = this.groupCommit.receiveAll(webhook.get().workspace(),
				parsed.stream().filter((one) -> one.rejected() == null).map(Parsed::signal).toList());
		List<Map<String, Object>> receipts = new ArrayList<>();
		boolean anyRejected = false;
		int next = 0;
		for (Parsed one : parsed) {
			Receipt receipt = one.rejected() != null ? one.rejected() : stored.get(next++);
			receipts.add(ReceiptDocuments.of(receipt));
			anyRejected |= receipt instanceof Rejected;
		}
		HttpStatus status = anyRejected ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
		return answer(status, receipts.size() == 1 ? receipts.get(0) : Map.of("items", receipts));
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
