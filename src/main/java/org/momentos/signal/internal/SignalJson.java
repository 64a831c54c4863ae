package org.momentos.signal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signals as JSON documents of the API (and of JSON Lines imports): reading names the
 * field that is wrong, nothing unknown is silently dropped.
 */
public final class SignalJson {

	private static final Set<String> FIELDS = Set.of("source", "occurredAt", "customerReference", "touchpointKey",
			"scores", "title", "text", "language", "attributes", "externalId", "idempotencyKey");

	private static final Set<String> SCORES = Set.of("nps", "csat", "ces", "rating");

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private SignalJson() {
	}

	/** The signal a JSON document describes, or why it is not one. */
	public static Parsed read(JsonNode node, String idempotencyKey) {
		try {
			return new Parsed(signal(node, idempotencyKey), null);
		}
		catch (Wrong wrong) {
			return new Parsed(null, new Rejected(wrong.field, wrong.reason));
		}
	}

	private static NewSignal signal(JsonNode node, String idempotencyKey) {
		if (node == null || !node.isObject()) {
			throw new Wrong("$", "signal.item.notObject");
		}
		for (String name : node.propertyNames()) {
			if (!FIELDS.contains(name)) {
				throw new Wrong(name, "signal.field.unknown");
			}
		}
		String key = text(node, "idempotencyKey");
		return new NewSignal(source(node.get("source")), occurredAt(node.get("occurredAt")),
				text(node, "customerReference"), touchpoint(node.get("touchpointKey")), scores(node.get("scores")),
				text(node, "title"), text(node, "text"), language(node), attributes(node.get("attributes")),
				text(node, "externalId"), key != null ? key : idempotencyKey);
	}

	static SignalSource source(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return SignalSource.valueOf(node.asString().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new Wrong("source", "signal.source.unknown");
		}
	}

	static Instant occurredAt(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			throw new Wrong("occurredAt", "signal.occurredAt.invalid");
		}
		String text = node.asString().strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Wrong("occurredAt", "signal.occurredAt.invalid");
		}
	}

	private static UUID touchpoint(JsonNode node) {
		if (node == null || node.isNull() || node.asString().isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(node.asString().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Wrong("touchpointKey", "signal.touchpoint.invalid");
		}
	}

	private static Scores scores(JsonNode node) {
		if (node == null || node.isNull()) {
			return Scores.NONE;
		}
		if (!node.isObject()) {
			throw new Wrong("scores", "signal.scores.type");
		}
		for (String name : node.propertyNames()) {
			if (!SCORES.contains(name)) {
				throw new Wrong("scores." + name, "signal.field.unknown");
			}
		}
		return new Scores(whole(node, "nps"), whole(node, "csat"), whole(node, "ces"), rating(node));
	}

	private static Integer whole(JsonNode scores, String name) {
		JsonNode node = scores.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() && !(node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
			throw new Wrong("scores." + name, "signal." + name + ".range");
		}
		return node.asInt();
	}

	private static Double rating(JsonNode scores) {
		JsonNode node = scores.get("rating");
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new Wrong("scores.rating", "signal.rating.range");
		}
		return node.asDouble();
	}

	private static String language(JsonNode node) {
		String language = text(node, "language");
		return language == null ? null : language.strip().toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> attributes(JsonNode node) {
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			throw new Wrong("attributes", "signal.attributes.type");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> attribute : node.properties()) {
			JsonNode value = attribute.getValue();
			if (value.isNull()) {
				continue;
			}
			if (!value.isValueNode()) {
				throw new Wrong("attributes." + attribute.getKey(), "signal.attribute.invalid");
			}
			attributes.put(attribute.getKey(), value.asString());
		}
		return attributes;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString() && !value.isNumber()) {
			throw new Wrong(field, "signal.field.type");
		}
		return value.asString();
	}

	/** A JSON tree of plain maps, lists and values. */
	static JsonNode tree(Object value) {
		return mapper.valueToTree(value);
	}

	/** A signal as the API shows it. */
	public static Map<String, Object> document(Signal signal) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", signal.id().value());
		document.put("source", signal.source().name());
		document.put("occurredAt", signal.occurredAt().toString());
		document.put("receivedAt", signal.receivedAt().toString());
		document.put("customerReference", signal.customerReference());
		document.put("touchpointKey", signal.touchpointKey());
		document.put("journeyVersion", signal.journeyVersion());
		Map<String, Object> scores = new LinkedHashMap<>();
		scores.put("nps", signal.scores().nps());
		scores.put("csat", signal.scores().csat());
		scores.put("ces", signal.scores().ces());
		scores.put("rating", signal.scores().rating());
		document.put("scores", scores);
		document.put("title", signal.title());
		document.put("text", signal.text());
		document.put("language", signal.language());
		document.put("attributes", signal.attributes());
		document.put("externalId", signal.externalId());
		return document;
	}

	/** A signal, or the reason the document is not one. */
	public record Parsed(NewSignal signal, Rejected rejected) {
	}

	private static final class Wrong extends RuntimeException {

		private final String field;

		private final String reason;

		Wrong(String field, String reason) {
			super(reason, null, false, false);
			this.field = field;
			this.reason = reason;
		}

	}

}
