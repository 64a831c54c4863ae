package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Small charts drawn as inline SVG for pages that are read on screen and printed: a trend
 * line and the emotion curve of two periods. Every text is escaped.
 */
final class InlineCharts {

	private static final int WIDTH = 560;

	private static final int HEIGHT = 180;

	private static final int LEFT = 48;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 36;

	private InlineCharts() {
	}

	/** A line over labelled points; a missing value breaks the line. */
	static String trend(String title, List<String> labels, List<Double> values, double min, double max, int decimals,
			String colour) {
		StringBuilder svg = open(title);
		axis(svg, min, max, decimals);
		series(svg, values, min, max, colour, false, decimals);
		xLabels(svg, labels);
		return svg.append("</svg>").toString();
	}

	/**
	 * The emotion curve, from pain (-1) to delight (+1), this period against the last.
	 */
	static String emotion(String title, List<String> stages, List<Double> current, List<Double> previous,
			String currentLabel, String previousLabel) {
		StringBuilder svg = open(title);
		axis(svg, -1, 1, 1);
		double zero = y(0, -1, 1);
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#98A2B3\" stroke-dasharray=\"4 3\"/>", LEFT,
				zero, WIDTH - RIGHT, zero));
		series(svg, previous, -1, 1, "#98A2B3", true, 2);
		series(svg, current, -1, 1, "#3B4CCA", false, 2);
		xLabels(svg, stages);
		svg.append(String.format(Locale.ROOT,
				"<g font-size=\"11\"><rect x=\"%d\" y=\"4\" width=\"10\" height=\"3\" fill=\"#3B4CCA\"/>"
						+ "<text x=\"%d\" y=\"10\" fill=\"#1D2939\">%s</text>"
						+ "<rect x=\"%d\" y=\"4\" width=\"10\" height=\"3\" fill=\"#98A2B3\"/>"
						+ "<text x=\"%d\" y=\"10\" fill=\"#475467\">%s</text></g>",
				WIDTH - 230, WIDTH - 216, escape(currentLabel), WIDTH - 120, WIDTH - 106, escape(previousLabel)));
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String title) {
		return new StringBuilder(
				String.format(Locale.ROOT,
						"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\""
								+ " role=\"img\" font-family=\"sans-serif\"><title>%s</title>",
						WIDTH, HEIGHT, escape(title)));
	}

	private static void axis(StringBuilder svg, double min, double max, int decimals) {
		for (double value : new double[] { min, (min + max) / 2, max }) {
			double y = y(value, min, max);
			svg.append(String
				.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#EAECF0\"/>"
						+ "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#667085\">%s</text>",
						LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 3, format(value, decimals)));
		}
	}

	private static void series(StringBuilder svg, List<Double> values, double min, double max, String colour,
			boolean dashed, int decimals) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Double value = values.get(i);
			if (value == null || value.isNaN()) {
				polyline(svg, points, colour, dashed);
				points = new ArrayList<>();
				continue;
			}
			double x = x(i, values.size());
			double y = y(Math.max(min, Math.min(max, value)), min, max);
			points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", x, y,
					colour));
			if (!dashed) {
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1D2939\">%s</text>",
						x, y - 7, format(value, decimals)));
			}
		}
		polyline(svg, points, colour, dashed);
	}

	private static void polyline(StringBuilder svg, List<String> points, String colour, boolean dashed) {
		if (points.size() > 1) {
			svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
				.append(colour)
				.append(dashed ? "\" stroke-dasharray=\"5 4\"" : "\"")
				.append(" points=\"")
				.append(String.join(" ", points))
				.append("\"/>");
		}
	}

	private static void xLabels(StringBuilder svg, List<String> labels) {
		for (int i = 0; i < labels.size(); i++) {
			String label = labels.get(i).length() > 13 ? labels.get(i).substring(0, 12) + "…" : labels.get(i);
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#475467\">%s</text>",
					x(i, labels.size()), HEIGHT - BOTTOM + 16, escape(label)));
		}
	}

	private static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 40;
		return LEFT + 20 + (count <= 1 ? span / 2 : span * index / (count - 1));
	}

	private static double y(double value, double min, double max) {
		double span = HEIGHT - TOP - BOTTOM;
		return TOP + span * (1 - (value - min) / (max - min));
	}

	private static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
