package org.momentos.journey.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates text widths and wraps labels for the journey map. The SVG is built without a
 * font engine, so widths come from per-character estimates of Helvetica and Arial (and
 * the metric-compatible Liberation Sans) with a safety margin; cards keep a little slack
 * for the wider DejaVu Sans, last in our font list.
 */
final class TextMeasure {

	private static final double SAFETY = 1.06;

	private static final String ELLIPSIS = "…";

	private TextMeasure() {
	}

	static double width(String text, double fontSize, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += advance(text.charAt(i));
		}
		return em * fontSize * (bold ? 1.08 : 1.0) * SAFETY;
	}

	/**
	 * Wraps on spaces into at most {@code maxLines} lines; a longer text ends with an
	 * ellipsis, and a word longer than a line is cut.
	 */
	static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold, int maxLines) {
		List<String> lines = new ArrayList<>();
		String[] words = text.strip().split("\\s+");
		String line = "";
		int next = 0;
		for (; next < words.length; next++) {
			String candidate = line.isEmpty() ? words[next] : line + " " + words[next];
			if (line.isEmpty() || width(candidate, fontSize, bold) <= maxWidth) {
				line = candidate;
				continue;
			}
			lines.add(line);
			if (lines.size() == maxLines) {
				break;
			}
			line = words[next];
		}
		boolean overflows = next < words.length;
		if (!overflows) {
			lines.add(line);
		}
		lines.replaceAll((each) -> fit(each, maxWidth, fontSize, bold, false));
		if (overflows) {
			int last = lines.size() - 1;
			lines.set(last, fit(lines.get(last), maxWidth, fontSize, bold, true));
		}
		return lines;
	}

	/** The text itself if it fits, otherwise as much as fits followed by an ellipsis. */
	static String truncate(String text, double maxWidth, double fontSize, boolean bold) {
		return fit(text, maxWidth, fontSize, bold, false);
	}

	private static String fit(String text, double maxWidth, double fontSize, boolean bold, boolean continues) {
		if (!continues && width(text, fontSize, bold) <= maxWidth) {
			return text;
		}
		int end = text.length();
		while (end > 0 && width(text.substring(0, end).stripTrailing() + ELLIPSIS, fontSize, bold) > maxWidth) {
			end--;
		}
		return text.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	private static double advance(char c) {
		if ("ijl|.,;:'!".indexOf(c) >= 0) {
			return 0.24;
		}
		if (c == ' ' || "ftrI()[]-/".indexOf(c) >= 0) {
			return 0.32;
		}
		if (c == 'm' || c == 'w') {
			return 0.80;
		}
		if (c == 'M' || c == 'W' || c == '%') {
			return 0.90;
		}
		if (Character.isUpperCase(c) || c == '&') {
			return 0.70;
		}
		return 0.55;
	}

}
