package org.momentos.insight.cli;

import java.util.Map;

/**
 * One input record.
 *
 * @param line the line (JSON Lines) or record (CSV) number, from 1
 * @param id the id as a JSON value, ready to write back ({@code "a1"}, {@code 42} or
 * {@code null})
 * @param text the text to analyze, empty if absent
 * @param fields the other string fields the caller asked for (label, aspect)
 * @param error why the record could not be read, or null
 */
record Feedback(long line, String id, String text, Map<String, String> fields, String error) {

	static Feedback unreadable(long line, String error) {
		return new Feedback(line, "null", "", Map.of(), error);
	}

	String field(String name) {
		return this.fields.get(name);
	}

}
