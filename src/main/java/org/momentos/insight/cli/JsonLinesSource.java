package org.momentos.insight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** JSON Lines: one object per line; blank lines are skipped, unknown fields ignored. */
final class JsonLinesSource implements FeedbackSource {

	private final JsonFactory factory = new JsonFactory();

	private final BufferedReader reader;

	private final String idField;

	private final String textField;

	private final Set<String> extraFields;

	private long line;

	JsonLinesSource(BufferedReader reader, String idField, String textField, Set<String> extraFields) {
		this.reader = reader;
		this.idField = idField;
		this.textField = textField;
		this.extraFields = extraFields;
	}

	@Override
	public Feedback next() throws IOException {
		String json;
		do {
			json = this.reader.readLine();
			this.line++;
			if (json == null) {
				return null;
			}
		}
		while (json.isBlank());
		try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), json)) {
			return read(parser);
		}
		catch (JacksonException ex) {
			return Feedback.unreadable(this.line, "invalid JSON: " + ex.getOriginalMessage());
		}
	}

	private Feedback read(JsonParser parser) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			return Feedback.unreadable(this.line, "not a JSON object");
		}
		String id = "null";
		String text = "";
		Map<String, String> fields = new HashMap<>(4);
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken value = parser.nextToken();
			if (name.equals(this.idField)) {
				id = idOf(parser, value);
			}
			else if (name.equals(this.textField)) {
				text = (value == JsonToken.VALUE_NULL) ? "" : parser.getString();
			}
			else if (this.extraFields.contains(name) && value.isScalarValue()) {
				fields.put(name, parser.getString());
			}
			else {
				parser.skipChildren();
			}
		}
		return new Feedback(this.line, id, (text == null) ? "" : text, fields, null);
	}

	private static String idOf(JsonParser parser, JsonToken value) {
		return switch (value) {
			case VALUE_STRING -> JsonOut.quote(parser.getString());
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getString();
			case VALUE_NULL -> "null";
			default -> {
				parser.skipChildren();
				yield "null";
			}
		};
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
