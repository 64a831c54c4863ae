package org.momentos.insight.cli;

import java.util.List;

import org.momentos.insight.Analysis;
import org.momentos.insight.Aspect;
import org.momentos.insight.Flag;

/** Writes an analysis as one JSON line, by hand: the output is small, fixed and hot. */
final class JsonOut {

	private JsonOut() {
	}

	static void append(StringBuilder out, String id, Analysis analysis) {
		out.append("{\"id\":").append(id);
		out.append(",\"language\":\"").append(analysis.language().code()).append('"');
		out.append(",\"sentiment\":{\"label\":\"").append(analysis.sentiment().label().code());
		out.append("\",\"score\":").append(analysis.sentiment().score()).append('}');
		out.append(",\"aspects\":[");
		List<Aspect> aspects = analysis.aspects();
		for (int k = 0; k < aspects.size(); k++) {
			Aspect aspect = aspects.get(k);
			out.append((k > 0) ? ",{\"text\":" : "{\"text\":");
			quote(out, aspect.text());
			out.append(",\"theme\":");
			quote(out, aspect.theme());
			out.append(",\"label\":\"").append(aspect.label().code()).append("\"}");
		}
		out.append("],\"themes\":[");
		for (int k = 0; k < analysis.themes().size(); k++) {
			if (k > 0) {
				out.append(',');
			}
			quote(out, analysis.themes().get(k));
		}
		out.append("],\"moment\":");
		analysis.moment()
			.ifPresentOrElse((m) -> out.append('"').append(m.name()).append('"'), () -> out.append("null"));
		out.append(",\"effort\":\"").append(analysis.effort().code()).append("\",\"flags\":[");
		boolean first = true;
		for (Flag flag : Flag.values()) {
			if (analysis.has(flag)) {
				out.append(first ? "\"" : ",\"").append(flag.code()).append('"');
				first = false;
			}
		}
		out.append("]}\n");
	}

	static void appendError(StringBuilder out, String id, String error) {
		out.append("{\"id\":").append(id).append(",\"error\":");
		quote(out, error);
		out.append("}\n");
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2);
		quote(out, value);
		return out.toString();
	}

	static void quote(StringBuilder out, String value) {
		out.append('"');
		for (int k = 0; k < value.length(); k++) {
			char c = value.charAt(k);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
