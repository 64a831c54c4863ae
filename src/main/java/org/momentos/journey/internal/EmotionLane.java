package org.momentos.journey.internal;

import java.util.Locale;

import org.momentos.journey.MapOverlay;

import org.springframework.context.MessageSource;

import static org.momentos.journey.internal.JourneyMapLayout.COLUMN_WIDTH;
import static org.momentos.journey.internal.JourneyMapLayout.EMOTION_HEIGHT;
import static org.momentos.journey.internal.JourneyMapLayout.LANE_LABEL_WIDTH;
import static org.momentos.journey.internal.JourneyMapLayout.MARGIN;

/**
 * Draws the emotion-curve lane at the bottom of a journey map (see
 * {@link JourneyMapSvg}): the curve of what feedback says about each stage, or the empty
 * state while there is none.
 */
final class EmotionLane {

	private final MessageSource messages;

	EmotionLane(MessageSource messages) {
		this.messages = messages;
	}

	void draw(SvgWriter svg, JourneyMapLayout layout, MapOverlay overlay, Locale locale) {
		if (overlay.hasEmotion()) {
			drawCurve(svg, layout, overlay, locale);
		}
		else {
			drawEmpty(svg, layout, locale);
		}
	}

	/**
	 * The emotion curve: one point per stage with feedback, from delight (top) to pain
	 * (bottom), joined where neighbouring stages both have feedback.
	 */
	private void drawCurve(SvgWriter svg, JourneyMapLayout layout, MapOverlay overlay, Locale locale) {
		double top = layout.emotionTop + 18;
		double bottom = layout.emotionTop + EMOTION_HEIGHT - 18;
		double middle = (top + bottom) / 2;
		double left = MARGIN + LANE_LABEL_WIDTH;
		svg.element("text", message("map.emotionCurve", locale), "x", MARGIN + 4, "y", middle + 4.5, "font-size", 12.5,
				"font-weight", 700, "fill", "#344054");
		svg.empty("line", "x1", left, "y1", middle, "x2", layout.contentRight(), "y2", middle, "stroke", "#98A2B3",
				"stroke-width", 1.0, "stroke-dasharray", "4 6");
		StringBuilder path = new StringBuilder();
		boolean drawing = false;
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(2);
		for (JourneyMapLayout.Column column : layout.columns) {
			Double emotion = overlay.emotionByStage().get(column.stage().key());
			if (emotion == null) {
				drawing = false;
				continue;
			}
			double x = column.x() + COLUMN_WIDTH / 2;
			double y = middle - Math.max(-1, Math.min(1, emotion)) * (bottom - top) / 2;
			path.append(drawing ? " L " : " M ").append(JourneyMapSvg.point(x, y).replace(',', ' '));
			drawing = true;
		}
		if (!path.isEmpty()) {
			svg.empty("path", "d", path.toString().strip(), "fill", "none", "stroke", "#3B4CCA", "stroke-width", 3.0,
					"stroke-linejoin", "round", "stroke-linecap", "round");
		}
		for (JourneyMapLayout.Column column : layout.columns) {
			Double emotion = overlay.emotionByStage().get(column.stage().key());
			if (emotion == null) {
				continue;
			}
			double x = column.x() + COLUMN_WIDTH / 2;
			double y = middle - Math.max(-1, Math.min(1, emotion)) * (bottom - top) / 2;
			String colour = emotion >= 0.2 ? "#079455" : (emotion <= -0.2 ? "#D92D20" : "#F79009");
			svg.open("g");
			svg.element("title", message("map.emotion.value", locale, column.stage().name(), format.format(emotion)));
			svg.empty("circle", "cx", x, "cy", y, "r", 7.0, "fill", colour, "stroke", "#FFFFFF", "stroke-width", 2.0);
			svg.element("text", (emotion > 0 ? "+" : "") + format.format(emotion), "x", x, "y",
					emotion >= 0 ? y - 12 : y + 20, "text-anchor", "middle", "font-size", 11.0, "font-weight", 700,
					"fill", colour);
			svg.close("g");
		}
	}

	/** The emotion-curve lane; without feedback yet it shows its empty state. */
	private void drawEmpty(SvgWriter svg, JourneyMapLayout layout, Locale locale) {
		double top = layout.emotionTop;
		double left = MARGIN + LANE_LABEL_WIDTH;
		double right = layout.contentRight();
		svg.element("text", message("map.emotionCurve", locale), "x", MARGIN + 4, "y", top + EMOTION_HEIGHT / 2 + 4.5,
				"font-size", 12.5, "font-weight", 700, "fill", "#344054");
		svg.empty("line", "x1", left, "y1", top + EMOTION_HEIGHT / 2, "x2", right, "y2", top + EMOTION_HEIGHT / 2,
				"stroke", "#98A2B3", "stroke-width", 1.0, "stroke-dasharray", "4 6");
		String empty = message("map.emotionCurve.empty", locale);
		double boxWidth = TextMeasure.width(empty, 13, false) + 40;
		double center = (left + right) / 2;
		svg.empty("rect", "x", center - boxWidth / 2, "y", top + EMOTION_HEIGHT / 2 - 17, "width", boxWidth, "height",
				34.0, "rx", 17.0, "fill", "#FFFFFF", "stroke", "#D0D5DD");
		svg.element("text", empty, "x", center, "y", top + EMOTION_HEIGHT / 2 + 4.5, "text-anchor", "middle",
				"font-size", 13.0, "font-style", "italic", "fill", JourneyMapSvg.MUTED);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
