package org.momentos.journey.internal;

import java.util.Locale;

import org.momentos.journey.MapOverlay;
import org.momentos.journey.Touchpoint;

import org.springframework.context.MessageSource;

import static org.momentos.journey.internal.JourneyMapLayout.CARD_WIDTH;
import static org.momentos.journey.internal.JourneyMapLayout.NAME_SIZE;

/**
 * Draws the touchpoint cards of a journey map (see {@link JourneyMapSvg}): name, owner
 * team, targets and figure, tinted by health, starred when a moment of truth and badged
 * when a pain point or a magic moment.
 */
final class TouchpointCards {

	private static final String STAR = "#F2A93B";

	private final MessageSource messages;

	TouchpointCards(MessageSource messages) {
		this.messages = messages;
	}

	void draw(SvgWriter svg, JourneyMapLayout.Card card, Locale locale) {
		Touchpoint touchpoint = card.touchpoint();
		MomentColours colours = MomentColours.of(card.column().stage().momentKind());
		boolean decisive = touchpoint.momentOfTruth();
		MapOverlay.TouchpointMark mark = card.mark();
		boolean linked = mark != null && mark.link() != null;
		if (linked) {
			svg.open("a", "href", mark.link());
		}
		svg.open("g");
		String tooltip = touchpoint.expectation().isBlank() ? touchpoint.name()
				: touchpoint.name() + ": " + touchpoint.expectation();
		svg.element("title", decisive ? tooltip + " (" + message("map.momentOfTruth", locale) + ")" : tooltip);
		svg.empty("rect", "x", card.x() + 1, "y", card.y() + 2, "width", CARD_WIDTH, "height", card.height(), "rx", 8.0,
				"fill", "#101828", "fill-opacity", 0.06);
		svg.empty("rect", "x", card.x(), "y", card.y(), "width", CARD_WIDTH, "height", card.height(), "rx", 8.0, "fill",
				fillOf(mark), "stroke", decisive ? colours.ink() : "#D0D5DD", "stroke-width", decisive ? 2.0 : 1.0);
		svg.empty("rect", "x", card.x() + 6, "y", card.y() + 9, "width", 4.0, "height", card.height() - 18, "rx", 2.0,
				"fill", colours.accent());
		for (int line = 0; line < card.nameLines().size(); line++) {
			svg.element("text", card.nameLines().get(line), "x", card.x() + 18, "y", card.nameBaseline(line),
					"font-size", NAME_SIZE, "font-weight", 700, "fill", JourneyMapSvg.INK);
		}
		if (!touchpoint.ownerTeam().isBlank()) {
			svg.element("text", TextMeasure.truncate(touchpoint.ownerTeam(), CARD_WIDTH - 28, 11, false), "x",
					card.x() + 18, "y", card.ownerBaseline(), "font-size", 11.0, "fill", JourneyMapSvg.MUTED);
		}
		if (!card.targets().isEmpty()) {
			svg.element("text", TextMeasure.truncate(card.targets(), CARD_WIDTH - 28, 10.5, false), "x", card.x() + 18,
					"y", card.targetsBaseline(), "font-size", 10.5, "fill", colours.ink());
		}
		if (card.hasFigure()) {
			svg.element("text", TextMeasure.truncate(mark.figure(), CARD_WIDTH - 28, 11, true), "x", card.x() + 18, "y",
					card.figureBaseline(), "font-size", 11.0, "font-weight", 700, "fill", inkOf(mark.status()));
		}
		if (decisive) {
			star(svg, card.x() + CARD_WIDTH, card.y(), 10);
		}
		if (mark != null && mark.painPoint()) {
			badge(svg, card.x(), card.y(), "#D92D20", "!", message("map.painPoint", locale));
		}
		else if (mark != null && mark.magicMoment()) {
			badge(svg, card.x(), card.y(), "#079455", "✦", message("map.magicMoment", locale));
		}
		svg.close("g");
		if (linked) {
			svg.close("a");
		}
	}

	private static String fillOf(MapOverlay.TouchpointMark mark) {
		if (mark == null) {
			return "#FFFFFF";
		}
		return switch (mark.status()) {
			case MEETS_TARGETS -> "#ECFDF3";
			case NEAR_TARGETS -> "#FFFAEB";
			case BELOW_TARGETS -> "#FEF3F2";
			case NO_TARGETS, NO_DATA -> "#FFFFFF";
		};
	}

	private static String inkOf(MapOverlay.Status status) {
		return switch (status) {
			case MEETS_TARGETS -> "#067647";
			case NEAR_TARGETS -> "#B54708";
			case BELOW_TARGETS -> "#B42318";
			case NO_TARGETS, NO_DATA -> "#475467";
		};
	}

	/** A round badge on a card's top-left corner, with a text for screen readers. */
	private void badge(SvgWriter svg, double cx, double cy, String colour, String symbol, String label) {
		svg.open("g");
		svg.element("title", label);
		svg.empty("circle", "cx", cx, "cy", cy, "r", 9.0, "fill", colour, "stroke", "#FFFFFF", "stroke-width", 2.0);
		svg.element("text", symbol, "x", cx, "y", cy + 4, "text-anchor", "middle", "font-size", 11.0, "font-weight",
				700, "fill", "#FFFFFF");
		svg.close("g");
	}

	/** A star badge centred on (cx, cy), marking a moment of truth. */
	static void star(SvgWriter svg, double cx, double cy, double radius) {
		svg.empty("circle", "cx", cx, "cy", cy, "r", radius, "fill", STAR, "stroke", "#FFFFFF", "stroke-width", 2.0);
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			double r = (i % 2 == 0) ? radius * 0.62 : radius * 0.26;
			double angle = Math.PI / 5 * i - Math.PI / 2;
			points.append(JourneyMapSvg.point(cx + r * Math.cos(angle), cy + r * Math.sin(angle))).append(' ');
		}
		svg.empty("polygon", "points", points.toString().strip(), "fill", "#FFFFFF");
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
