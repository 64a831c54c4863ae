package org.momentos.signal.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.internal.SignalJson.Parsed;
import tools.jackson.databind.JsonNode;

/**
 * How each kind of inbound webhook becomes signals, and how its sender proves who it is:
 * a signature where the vendor signs (Delighted, Intercom, Zendesk), a token otherwise.
 */
enum WebhookAdapter {

	/**
	 * Any JSON: our API's signal document, or any object read through a mapping of JSON
	 * pointers.
	 */
	GENERIC {
		@Override
		List<Parsed> signals(JsonNode body, Map<String, String> mapping) {
			if (mapping.isEmpty()) {
				return body.isArray() ? body.valueStream().map((item) -> SignalJson.read(item, null)).toList()
						: List.of(SignalJson.read(body, null));
			}
			return List.of(mapped(body, mapping));
		}
	},

	/** Delighted survey responses (NPS by default): signed. */
	DELIGHTED {
		@Override
		List<Parsed> signals(JsonNode body, Map<String, String> mapping) {
			JsonNode response = body.path("event_data");
			if (response.isMissingNode() || response.path("score").isMissingNode()) {
				return List.of();
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			put(attributes, "permalink", response.path("permalink"));
			put(attributes, "tags", response.path("tags"));
			put(attributes, "name", response.path("person").path("name"));
			String scoreType = mapping.getOrDefault("score", "nps");
			int score = response.path("score").asInt();
			Scores scores = switch (scoreType) {
				case "csat" -> new Scores(null, score, null, null);
				case "ces" -> new Scores(null, null, score, null);
				default -> new Scores(score, null, null, null);
			};
			return List.of(new Parsed(new NewSignal(SignalSource.SURVEY, epoch(response.path("created_at")),
					text(response.path("person").path("email")), null, scores, null, text(response.path("comment")),
					null, attributes, "delighted:" + response.path("id").asString(), null), null));
		}
	},

	/**
	 * Intercom conversations: what the customer wrote when opening or replying; signed
	 * with the app's client secret. Admin replies are not customer voice.
	 */
	INTERCOM {
		@Override
		List<Parsed> signals(JsonNode body, Map<String, String> mapping) {
			String topic = body.path("topic").asString("");
			JsonNode conversation = body.path("data").path("item");
			if (!topic.startsWith("conversation.user.")) {
				return List.of();
			}
			JsonNode part = conversation.path("conversation_message");
			String partId = part.path("id").asString();
			Instant at = epoch(conversation.path("created_at"));
			for (JsonNode reply : conversation.path("conversation_parts").path("conversation_parts")) {
				if ("user".equals(reply.path("author").path("type").asString())
						&& "comment".equals(reply.path("part_type").asString())) {
					part = reply;
					partId = reply.path("id").asString();
					at = epoch(reply.path("created_at"));
				}
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			put(attributes, "conversation", conversation.path("id"));
			put(attributes, "name", conversation.path("user").path("name"));
			put(attributes, "agent", conversation.path("assignee").path("name"));
			return List
				.of(new Parsed(
						new NewSignal(SignalSource.CHAT, at, text(conversation.path("user").path("email")), null,
								Scores.NONE, text(part.path("subject")), plain(part.path("body").asString("")), null,
								attributes, "intercom:" + conversation.path("id").asString() + ":" + partId, null),
						null));
		}
	},

	/**
	 * Zendesk tickets through a webhook whose JSON body the customer writes (see
	 * docs/signals.md for the template); signed when Zendesk signs, else a token.
	 */
	ZENDESK {
		@Override
		List<Parsed> signals(JsonNode body, Map<String, String> mapping) {
			Map<String, String> attributes = new LinkedHashMap<>();
			for (String name : List.of("ticket_status", "ticket_priority", "ticket_type", "tags", "assignee_full_name",
					"requester_full_name", "link", "ticket_url", "channel")) {
				put(attributes, name.replace("ticket_", ""), body.path(name));
			}
			Integer csat = switch (body.path("satisfaction_rating").asString("").toLowerCase(Locale.ROOT)) {
				case "good" -> 5;
				case "bad" -> 1;
				default -> null;
			};
			return List.of(new Parsed(new NewSignal(SignalSource.TICKET, instant(body.path("created_at")),
					text(body.path("requester_email")), null, new Scores(null, csat, null, null),
					text(body.path("ticket_title")), text(body.path("ticket_description")), null, attributes,
					"zendesk:" + body.path("ticket_id").asString(), null), null));
		}
	},

	/**
	 * Freshdesk tickets through an automation webhook whose JSON the customer writes (the
	 * {@code freshdesk_webhook} placeholders); a token, as Freshdesk does not sign.
	 */
	FRESHDESK {
		@Override
		List<Parsed> signals(JsonNode body, Map<String, String> mapping) {
			JsonNode ticket = body.has("freshdesk_webhook") ? body.path("freshdesk_webhook") : body;
			Map<String, String> attributes = new LinkedHashMap<>();
			for (String name : List.of("ticket_status", "ticket_priority", "ticket_type", "ticket_url",
					"requester_name", "triggered_event", "ticket_agent_name", "ticket_tags")) {
				put(attributes, name.replace("ticket_", ""), ticket.path(name));
			}
			return List.of(new Parsed(new NewSignal(SignalSource.TICKET, instant(ticket.path("ticket_created_at")),
					text(ticket.path("requester_email")), null, Scores.NONE, text(ticket.path("ticket_subject")),
					plain(ticket.path("ticket_description").asString("")), null, attributes,
					"freshdesk:" + ticket.path("ticket_id").asString(), null), null));
		}
	};

	/** The signals in a delivery; empty when the event is not customer voice. */
	abstract List<Parsed> signals(JsonNode body, Map<String, String> mapping);

	static Optional<WebhookAdapter> named(String name) {
		try {
			return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	private static Parsed mapped(JsonNode body, Map<String, String> mapping) {
		Map<String, Object> document = new LinkedHashMap<>();
		Map<String, Object> scores = new LinkedHashMap<>();
		Map<String, Object> attributes = new LinkedHashMap<>();
		mapping.forEach((field, pointer) -> {
			if (field.equals("source") && !pointer.startsWith("/")) {
				document.put("source", pointer);
				return;
			}
			JsonNode value = body.at(pointer);
			if (value.isMissingNode() || value.isNull()) {
				return;
			}
			Object plainValue = value.isNumber() ? value.numberValue() : value.asString();
			if (List.of("nps", "csat", "ces", "rating").contains(field)) {
				scores.put(field, plainValue);
			}
			else if (field.startsWith("attributes.")) {
				attributes.put(field.substring("attributes.".length()), value.asString());
			}
			else {
				document.put(field, plainValue);
			}
		});
		document.put("scores", scores);
		document.put("attributes", attributes);
		return SignalJson.read(SignalJson.tree(document), null);
	}

	private static void put(Map<String, String> attributes, String name, JsonNode value) {
		if (value.isArray()) {
			List<String> items = value.valueStream().map(JsonNode::asString).toList();
			if (!items.isEmpty()) {
				attributes.put(name, String.join(" ", items));
			}
		}
		else if (!value.isMissingNode() && !value.isNull() && !value.asString().isBlank()) {
			attributes.put(name, value.asString().strip());
		}
	}

	private static String text(JsonNode value) {
		return (value.isMissingNode() || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

	private static Instant epoch(JsonNode value) {
		return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
	}

	private static Instant instant(JsonNode value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return SignalJson.occurredAt(value);
		}
		catch (RuntimeException ex) {
			// Template placeholders such as "February 3, 2025" are not instants: the
			// arrival time is used.
			return null;
		}
	}

	/**
	 * Text from the HTML that helpdesks send: tags dropped, entities and breaks kept
	 * readable.
	 */
	static String plain(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
			.replaceAll("<[^>]+>", "")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.strip();
		return text.isEmpty() ? null : text;
	}

}
