package org.momentos.signal.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Problem;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalFilter;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalPage;
import org.momentos.signal.Signals;
import org.momentos.signal.internal.IngestRate.RateExceeded;
import org.momentos.signal.internal.SignalJson.Parsed;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signal REST API: send one signal or a batch (JSON array or JSON Lines), list them,
 * erase a customer's. Each workspace has its own rate.
 */
@RestController
@RequestMapping(path = "/api/v1/signals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signals", description = "Customer signals: survey answers, tickets, calls, reviews...")
@SecurityRequirement(name = "apiKey")
class SignalApiController {

	private final Signals signals;

	private final SignalGroupCommit groupCommit;

	private final IngestRate rate;

	private final MessageSource messages;

	private final long maxBytes;

	SignalApiController(Signals signals, SignalGroupCommit groupCommit, IngestRate rate, MessageSource messages,
			@Value("${momentos.signals.max-request-size:32MB}") DataSize maxRequestSize) {
		this.signals = signals;
		this.groupCommit = groupCommit;
		this.rate = rate;
		this.messages = messages;
		this.maxBytes = maxRequestSize.toBytes();
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson", "application/jsonl",
			"application/json-seq", MediaType.ALL_VALUE })
	@Operation(
			summary = "Send one signal (a JSON object) or up to 10,000 (a JSON array, or JSON Lines with "
					+ "Content-Type application/x-ndjson)",
			description = "One signal: 201 accepted, 200 duplicate, 422 rejected. A batch: 200 with one receipt per "
					+ "item. Idempotency-Key: the same key is stored once (for a batch, per item: key#index).")
	ResponseEntity<Map<String, Object>> receive(WorkspaceAccess access, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale)
			throws IOException {
		access.require(Permission.INGEST_SIGNALS);
		this.rate.admit(access.workspaceId());
		if (request.getContentLengthLong() > this.maxBytes) {
			throw Problem.withStatus(HttpStatus.CONTENT_TOO_LARGE, "signal.body.tooLarge");
		}
		SignalRequestBody body = SignalRequestBody.read(request.getInputStream(), request.getContentType(),
				this.maxBytes);
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip();
		if (!body.batch()) {
			return single(access, SignalJson.read(body.items().get(0), key), locale);
		}
		return ResponseEntity.ok(batch(access, body.items(), key, locale));
	}

	private ResponseEntity<Map<String, Object>> single(WorkspaceAccess access, Parsed parsed, Locale locale) {
		Receipt receipt = parsed.rejected() != null ? parsed.rejected()
				: this.groupCommit.receive(access.workspaceId(), parsed.signal());
		Map<String, Object> answer = receiptDocument(receipt, locale);
		return switch (receipt) {
			case Accepted accepted ->
				ResponseEntity.created(URI.create("/api/v1/signals/" + accepted.signal())).body(answer);
			case Duplicate duplicate -> ResponseEntity.ok(answer);
			case Rejected rejected -> ResponseEntity.unprocessableContent()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(rejectionProblem(rejected, answer, locale));
		};
	}

	private Map<String, Object> batch(WorkspaceAccess access, List<tools.jackson.databind.JsonNode> items, String key,
			Locale locale) {
		Receipt[] receipts = new Receipt[items.size()];
		List<NewSignal> valid = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Parsed parsed = items.get(i) == null ? new Parsed(null, new Rejected("$", "signal.json.invalid"))
					: SignalJson.read(items.get(i), key == null ? null : key + "#" + i);
			if (parsed.rejected() != null) {
				receipts[i] = parsed.rejected();
			}
			else {
				valid.add(parsed.signal());
				positions.add(i);
			}
		}
		List<Receipt> stored = this.signals.receiveAll(access.workspaceId(), valid);
		for (int i = 0; i < stored.size(); i++) {
			receipts[positions.get(i)] = stored.get(i);
		}
		int accepted = 0;
		int duplicates = 0;
		List<Map<String, Object>> answers = new ArrayList<>(receipts.length);
		for (int i = 0; i < receipts.length; i++) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("index", i);
			answer.putAll(receiptDocument(receipts[i], locale));
			answers.add(answer);
			accepted += (receipts[i] instanceof Accepted) ? 1 : 0;
			duplicates += (receipts[i] instanceof Duplicate) ? 1 : 0;
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("accepted", accepted);
		summary.put("duplicates", duplicates);
		summary.put("rejected", receipts.length - accepted - duplicates);
		summary.put("items", answers);
		return summary;
	}

	private Map<String, Object> receiptDocument(Receipt receipt, Locale locale) {
		Map<String, Object> document = ReceiptDocuments.of(receipt);
		if (receipt instanceof Rejected rejected) {
			document.put("message", this.messages.getMessage(rejected.reason(), null, rejected.reason(), locale));
		}
		return document;
	}

	private Map<String, Object> rejectionProblem(Rejected rejected, Map<String, Object> answer, Locale locale) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.getMessage("error.status.422", null, "Unprocessable Content", locale));
		problem.put("status", 422);
		problem.put("detail", answer.get("message"));
		problem.put("code", rejected.reason());
		problem.putAll(answer);
		return problem;
	}

	@GetMapping
	@Operation(summary = "List signals, newest first, with filters and a cursor",
			description = "Filters: source, from and to (ISO dates or instants, on occurredAt), touchpointKey, "
					+ "customerReference, externalId, q (text). Give nextCursor back as cursor for the next page.")
	Map<String, Object> list(WorkspaceAccess access, @RequestParam(required = false) String source,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) UUID touchpointKey,
			@RequestParam(required = false) String customerReference, @RequestParam(required = false) String externalId,
			@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		access.require(Permission.VIEW);
		this.rate.admit(access.workspaceId());
		SignalFilter filter = new SignalFilter(sourceOf(source), instantOf(from), instantOf(to), touchpointKey,
				customerReference, externalId, q);
		SignalPage page = this.signals.list(access.workspaceId(), filter, cursor, limit);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("items", page.signals().stream().map(SignalJson::document).toList());
		answer.put("nextCursor", page.nextCursor());
		return answer;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one signal")
	Map<String, Object> get(WorkspaceAccess access, @PathVariable long id) {
		access.require(Permission.VIEW);
		this.rate.admit(access.workspaceId());
		Signal signal = this.signals.find(access.workspaceId(), new SignalId(id))
			.orElseThrow(() -> Problem.notFound("signal.notFound"));
		return SignalJson.document(signal);
	}

	@DeleteMapping
	@Operation(summary = "Erase every signal of a customer reference (right to erasure); needs the erase scope",
			description = "Matches the reference as given, in lower case, and as the workspace's keyed hash. "
					+ "Answers how many signals were erased; an audit entry records it.")
	Map<String, Object> erase(WorkspaceAccess access, @RequestParam String customerReference) {
		access.require(Permission.MANAGE_SIGNALS);
		this.rate.admit(access.workspaceId());
		return Map.of("erased", this.signals.eraseCustomer(access, customerReference));
	}

	@ExceptionHandler(RateExceeded.class)
	ResponseEntity<ProblemDetail> tooManyRequests(RateExceeded exceeded, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, this.messages
			.getMessage("signal.rate.exceeded", new Object[] { exceeded.retryAfterSeconds() }, locale));
		problem.setTitle(this.messages.getMessage("signal.rate.title", null, locale));
		problem.setProperty("code", "signal.rate.exceeded");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static org.momentos.signal.SignalSource sourceOf(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		try {
			return org.momentos.signal.SignalSource.valueOf(source.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("signal.source.unknown");
		}
	}

	static Instant instantOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.strip().length() == 10 ? LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("signal.filter.date.invalid");
		}
	}

}
