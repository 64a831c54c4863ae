package org.momentos.journey.internal;

import java.util.Locale;

import org.momentos.journey.JourneyMap;
import org.momentos.journey.MapOverlay;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Touchpoint;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.momentos.journey.internal.JourneyMapLayout.COLUMN_GAP;
import static org.momentos.journey.internal.JourneyMapLayout.COLUMN_WIDTH;
import static org.momentos.journey.internal.JourneyMapLayout.EMOTION_HEIGHT;
import static org.momentos.journey.internal.JourneyMapLayout.HEADER_HEIGHT;
import static org.momentos.journey.internal.JourneyMapLayout.HEADER_NAME_SIZE;
import static org.momentos.journey.internal.JourneyMapLayout.LANE_LABEL_WIDTH;
import static org.momentos.journey.internal.JourneyMapLayout.MARGIN;

/**
 * Draws a journey map as a standalone SVG 1.1 document, fit for a board presentation:
 * stages as coloured columns, touchpoints as cards in channel lanes, moments of truth
 * starred, and an emotion-curve lane at the bottom. Labels come from the
 * {@code i18n/journey-map} message bundle. The cards are drawn by
 * {@link TouchpointCards}, the emotion lane by {@link EmotionLane}.
 */
@Component
public class JourneyMapSvg {

	static final String FONTS = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

	static final String INK = "#1D2939";

	static final String MUTED = "#667085";

	private static final String RULE = "#E4E7EC";

	private final MessageSource messages;

	private final TouchpointCards cards;

	private final EmotionLane emotionLane;

	public JourneyMapSvg(MessageSource messages) {
		this.messages = messages;
		this.cards = new TouchpointCards(messages);
		this.emotionLane = new EmotionLane(messages);
	}

	public String render(String title, JourneyMap map, Locale locale) {
		return render(title, map, MapOverlay.NONE, locale);
	}

	/**
	 * The map with what feedback says: the emotion curve and each touchpoint's health.
	 */
	public String render(String title, JourneyMap map, MapOverlay overlay, Locale locale) {
		if (map.stages().isEmpty()) {
			return renderEmpty(title, locale);
		}
		JourneyMapLayout layout = new JourneyMapLayout(map, overlay, locale);
		long momentsOfTruth = map.stages()
			.stream()
			.flatMap((stage) -> stage.touchpoints().stream())
			.filter(Touchpoint::momentOfTruth)
			.count();
		String summary = message("map.summary", locale, map.stages().size(), map.touchpointCount(), momentsOfTruth);
		SvgWriter svg = begin(title, description(map, locale), layout.width, layout.height);
		drawHeading(svg, title, summary, layout.width - MARGIN - 430);
		drawLegend(svg, layout.width - MARGIN, locale);
		drawColumns(svg, layout, locale);
		drawLanes(svg, layout, locale);
		layout.cards.forEach((card) -> this.cards.draw(svg, card, locale));
		this.emotionLane.draw(svg, layout, overlay, locale);
		drawFooter(svg, layout.width, layout.height);
		return svg.close("svg").toString();
	}

	private String renderEmpty(String title, Locale locale) {
		double width = 960;
		double height = 360;
		SvgWriter svg = begin(title, message("map.empty", locale), width, height);
		drawHeading(svg, title, message("map.description", locale), width - 2 * MARGIN);
		svg.empty("rect", "x", MARGIN, "y", 120.0, "width", width - 2 * MARGIN, "height", 180.0, "rx", 14.0, "fill",
				"#F9FAFB", "stroke", "#D0D5DD", "stroke-width", 1.5, "stroke-dasharray", "6 6");
		svg.element("text", message("map.empty", locale), "x", width / 2, "y", 204.0, "text-anchor", "middle",
				"font-size", 18.0, "font-weight", 700, "fill", INK);
		svg.element("text", message("map.empty.hint", locale), "x", width / 2, "y", 232.0, "text-anchor", "middle",
				"font-size", 14.0, "fill", MUTED);
		drawFooter(svg, width, height);
		return svg.close("svg").toString();
	}

	/** What the map shows, for screen readers and for the caption of the PDF export. */
	private String description(JourneyMap map, Locale locale) {
		StringBuilder stages = new StringBuilder(message("map.description", locale));
		for (int i = 0; i < map.stages().size(); i++) {
			Stage stage = map.stages().get(i);
			stages.append(i == 0 ? " " : " › ")
				.append(i + 1)
				.append(". ")
				.append(stage.name())
				.append(" – ")
				.append(message("moment." + stage.momentKind().name(), locale));
		}
		return stages.toString();
	}

	private SvgWriter begin(String title, String description, double width, double height) {
		SvgWriter svg = new SvgWriter();
		svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", width, "height", height,
				"viewBox", "0 0 " + SvgWriter.format(width) + " " + SvgWriter.format(height), "role", "img",
				"aria-labelledby", "journey-map-title journey-map-desc", "font-family", FONTS);
		svg.element("title", title, "id", "journey-map-title");
		svg.element("desc", description, "id", "journey-map-desc");
		svg.empty("rect", "width", width, "height", height, "fill", "#FFFFFF");
		return svg;
	}

	private void drawHeading(SvgWriter svg, String title, String summary, double maxWidth) {
		svg.element("text", TextMeasure.truncate(title, maxWidth, 24, true), "x", MARGIN, "y", MARGIN + 24, "font-size",
				24.0, "font-weight", 700, "fill", INK);
		svg.element("text", TextMeasure.truncate(summary, maxWidth, 13, false), "x", MARGIN, "y", MARGIN + 50,
				"font-size", 13.0, "fill", MUTED);
	}

	/** The legend, right-aligned at {@code right}: a starred card and a plain card. */
	private void drawLegend(SvgWriter svg, double right, Locale locale) {
		String legend = message("map.legend", locale);
		String momentOfTruth = message("map.momentOfTruth", locale);
		String touchpoint = message("map.touchpoint", locale);
		double y = MARGIN + 8;
		double x = right - 84 - TextMeasure.width(legend, 12, true) - TextMeasure.width(momentOfTruth, 12, false)
				- TextMeasure.width(touchpoint, 12, false);
		svg.element("text", legend, "x", x, "y", y + 15, "font-size", 12.0, "font-weight", 700, "fill", MUTED);
		x += TextMeasure.width(legend, 12, true) + 14;
		svg.empty("rect", "x", x, "y", y, "width", 22.0, "height", 20.0, "rx", 5.0, "fill", "#FFFFFF", "stroke",
				"#5D6B82", "stroke-width", 2.0);
		TouchpointCards.star(svg, x + 22, y, 7);
		x += 32;
		svg.element("text", momentOfTruth, "x", x, "y", y + 15, "font-size", 12.0, "fill", INK);
		x += TextMeasure.width(momentOfTruth, 12, false) + 16;
		svg.empty("rect", "x", x, "y", y, "width", 22.0, "height", 20.0, "rx", 5.0, "fill", "#FFFFFF", "stroke",
				"#C7CED9", "stroke-width", 1.0);
		svg.element("text", touchpoint, "x", x + 30, "y", y + 15, "font-size", 12.0, "fill", INK);
	}

	private void drawColumns(SvgWriter svg, JourneyMapLayout layout, Locale locale) {
		double bottom = layout.emotionTop + EMOTION_HEIGHT;
		for (JourneyMapLayout.Column column : layout.columns) {
			MomentKind kind = column.stage().momentKind();
			MomentColours colours = MomentColours.of(kind);
			double x = column.x();
			double top = layout.headerTop;
			svg.empty("rect", "x", x, "y", top, "width", COLUMN_WIDTH, "height", bottom - top, "rx", 12.0, "fill",
					colours.tint(), "fill-opacity", 0.55);
			svg.open("g");
			svg.element("title", message("moment." + kind.name() + ".help", locale));
			svg.empty("rect", "x", x, "y", top, "width", COLUMN_WIDTH, "height", HEADER_HEIGHT, "rx", 12.0, "fill",
					colours.tint(), "stroke", colours.accent(), "stroke-opacity", 0.45);
			svg.empty("rect", "x", x, "y", top, "width", COLUMN_WIDTH, "height", 6.0, "rx", 3.0, "fill",
					colours.accent());
			svg.element("text", message("map.stage", locale) + " " + column.number(), "x", x + 14, "y", top + 26,
					"font-size", 11.0, "font-weight", 700, "fill", colours.ink(), "letter-spacing", 0.6);
			for (int line = 0; line < column.nameLines().size(); line++) {
				svg.element("text", column.nameLines().get(line), "x", x + 14, "y", top + 47 + line * 18, "font-size",
						HEADER_NAME_SIZE, "font-weight", 700, "fill", INK);
			}
			svg.empty("circle", "cx", x + 18, "cy", top + HEADER_HEIGHT - 16, "r", 4.0, "fill", colours.accent());
			String label = TextMeasure.truncate(message("moment." + kind.name(), locale), COLUMN_WIDTH - 42, 11.5,
					false);
			svg.element("text", label, "x", x + 28, "y", top + HEADER_HEIGHT - 12, "font-size", 11.5, "fill",
					colours.ink());
			svg.close("g");
			if (column.number() < layout.columns.size()) {
				drawChevron(svg, x + COLUMN_WIDTH + COLUMN_GAP / 2, top + HEADER_HEIGHT / 2);
			}
		}
	}

	private void drawChevron(SvgWriter svg, double cx, double cy) {
		String points = String.join(" ", point(cx - 3, cy - 7), point(cx + 4, cy), point(cx - 3, cy + 7));
		svg.empty("polyline", "points", points, "fill", "none", "stroke", "#98A2B3", "stroke-width", 2.0,
				"stroke-linecap", "round", "stroke-linejoin", "round");
	}

	private void drawLanes(SvgWriter svg, JourneyMapLayout layout, Locale locale) {
		double right = layout.contentRight();
		for (JourneyMapLayout.Lane lane : layout.lanes) {
			svg.empty("line", "x1", MARGIN, "y1", lane.y(), "x2", right, "y2", lane.y(), "stroke", RULE);
			String name = TextMeasure.truncate(message("channel." + lane.channel().name(), locale),
					LANE_LABEL_WIDTH - 20, 12.5, true);
			svg.element("text", name, "x", MARGIN + 4, "y", lane.y() + lane.height() / 2 + 4.5, "font-size", 12.5,
					"font-weight", 700, "fill", "#344054");
		}
		JourneyMapLayout.Lane last = layout.lanes.get(layout.lanes.size() - 1);
		double bottom = last.y() + last.height();
		svg.empty("line", "x1", MARGIN, "y1", bottom, "x2", right, "y2", bottom, "stroke", RULE);
		svg.element("text", message("map.channel", locale).toUpperCase(locale), "x", MARGIN + 4, "y",
				layout.lanesTop - 6, "font-size", 10.0, "font-weight", 700, "fill", "#98A2B3", "letter-spacing", 0.8);
	}

	private void drawFooter(SvgWriter svg, double width, double height) {
		svg.element("text", "Momentos", "x", width - MARGIN, "y", height - MARGIN / 2 - 4, "text-anchor", "end",
				"font-size", 11.0, "font-weight", 700, "fill", "#98A2B3", "letter-spacing", 0.5);
	}

	static String point(double x, double y) {
		return SvgWriter.format(x) + "," + SvgWriter.format(y);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
