package org.momentos.journey.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.momentos.journey.Channel;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.MapOverlay;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;

/**
 * Where everything goes on the rendered journey map. Stages are columns, left to right;
 * channels are horizontal lanes, in the order the journey first uses them, so cards flow
 * from the top left to the bottom right like the journey itself. A lane is as tall as its
 * fullest cell, where the cards of one stage and channel stack.
 */
final class JourneyMapLayout {

	static final double MARGIN = 32;

	static final double TITLE_HEIGHT = 80;

	static final double LANE_LABEL_WIDTH = 150;

	static final double COLUMN_WIDTH = 212;

	static final double COLUMN_GAP = 16;

	static final double HEADER_HEIGHT = 96;

	static final double CARD_INSET = 12;

	static final double CARD_GAP = 10;

	static final double LANE_PADDING = 12;

	static final double MIN_LANE_HEIGHT = 64;

	static final double EMOTION_GAP = 16;

	static final double EMOTION_HEIGHT = 128;

	static final double FOOTER_HEIGHT = 36;

	static final double MIN_WIDTH = 960;

	static final double NAME_SIZE = 13;

	static final double NAME_LEADING = 16.5;

	static final double HEADER_NAME_SIZE = 15;

	static final double CARD_WIDTH = COLUMN_WIDTH - 2 * CARD_INSET;

	/** A stage column and its wrapped header name. */
	record Column(Stage stage, int number, double x, List<String> nameLines) {
	}

	/** The horizontal lane of one channel. */
	record Lane(Channel channel, double y, double height) {
	}

	/** A touchpoint card with its text already wrapped. */
	record Card(Touchpoint touchpoint, Column column, double x, double y, double height, List<String> nameLines,
			String targets, MapOverlay.TouchpointMark mark) {

		double nameBaseline(int line) {
			return this.y + 23 + line * NAME_LEADING;
		}

		double ownerBaseline() {
			return nameBaseline(this.nameLines.size() - 1) + 17;
		}

		double targetsBaseline() {
			return ownerBaseline() + (this.touchpoint.ownerTeam().isBlank() ? 0 : 15);
		}

		double figureBaseline() {
			return targetsBaseline() + (this.targets.isEmpty() ? 0 : 15);
		}

		boolean hasFigure() {
			return this.mark != null && this.mark.figure() != null && !this.mark.figure().isBlank();
		}

	}

	final List<Column> columns = new ArrayList<>();

	final List<Lane> lanes = new ArrayList<>();

	final List<Card> cards = new ArrayList<>();

	final double width;

	final double headerTop = MARGIN + TITLE_HEIGHT;

	final double lanesTop = this.headerTop + HEADER_HEIGHT + 12;

	final double emotionTop;

	final double height;

	private final MapOverlay overlay;

	JourneyMapLayout(JourneyMap map, Locale locale) {
		this(map, MapOverlay.NONE, locale);
	}

	JourneyMapLayout(JourneyMap map, MapOverlay overlay, Locale locale) {
		this.overlay = overlay;
		int stageCount = map.stages().size();
		double columnsWidth = stageCount * COLUMN_WIDTH + Math.max(0, stageCount - 1) * COLUMN_GAP;
		this.width = Math.max(MIN_WIDTH, 2 * MARGIN + LANE_LABEL_WIDTH + columnsWidth);
		for (int i = 0; i < stageCount; i++) {
			Stage stage = map.stages().get(i);
			double x = MARGIN + LANE_LABEL_WIDTH + i * (COLUMN_WIDTH + COLUMN_GAP);
			List<String> name = TextMeasure.wrap(stage.name(), COLUMN_WIDTH - 28, HEADER_NAME_SIZE, true, 2);
			this.columns.add(new Column(stage, i + 1, x, name));
		}
		double y = this.lanesTop;
		for (Channel channel : channelsInJourneyOrder(map)) {
			double laneHeight = placeCards(channel, y, locale);
			this.lanes.add(new Lane(channel, y, laneHeight));
			y += laneHeight;
		}
		this.emotionTop = y + EMOTION_GAP;
		this.height = this.emotionTop + EMOTION_HEIGHT + FOOTER_HEIGHT + MARGIN / 2;
	}

	double contentRight() {
		return this.columns.isEmpty() ? this.width - MARGIN
				: this.columns.get(this.columns.size() - 1).x() + COLUMN_WIDTH;
	}

	private double placeCards(Channel channel, double laneTop, Locale locale) {
		double tallest = 0;
		for (Column column : this.columns) {
			double y = laneTop + LANE_PADDING;
			for (Touchpoint touchpoint : column.stage().touchpoints()) {
				if (touchpoint.channel() != channel) {
					continue;
				}
				Card card = card(touchpoint, column, y, locale);
				this.cards.add(card);
				y += card.height() + CARD_GAP;
			}
			tallest = Math.max(tallest, y - CARD_GAP - laneTop + LANE_PADDING);
		}
		return Math.max(MIN_LANE_HEIGHT, tallest);
	}

	private Card card(Touchpoint touchpoint, Column column, double y, Locale locale) {
		double textWidth = CARD_WIDTH - 26 - (touchpoint.momentOfTruth() ? 12 : 0);
		List<String> name = TextMeasure.wrap(touchpoint.name(), textWidth, NAME_SIZE, true, 3);
		String targets = targets(touchpoint.targets(), locale);
		double height = 23 + (name.size() - 1) * NAME_LEADING + 12;
		height += touchpoint.ownerTeam().isBlank() ? 0 : 17;
		height += targets.isEmpty() ? 0 : 15;
		MapOverlay.TouchpointMark mark = this.overlay.touchpoints().get(touchpoint.key());
		height += (mark != null && mark.figure() != null && !mark.figure().isBlank()) ? 15 : 0;
		return new Card(touchpoint, column, column.x() + CARD_INSET, y, height, name, targets, mark);
	}

	private static String targets(Targets targets, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (targets.nps() != null) {
			parts.add("NPS " + targets.nps());
		}
		if (targets.csat() != null) {
			parts.add("CSAT " + targets.csat() + "%");
		}
		if (targets.ces() != null) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(1);
			parts.add("CES " + format.format(targets.ces()));
		}
		return String.join(" · ", parts);
	}

	private static Set<Channel> channelsInJourneyOrder(JourneyMap map) {
		Set<Channel> channels = new LinkedHashSet<>();
		map.stages()
			.forEach((stage) -> stage.touchpoints().forEach((touchpoint) -> channels.add(touchpoint.channel())));
		return channels;
	}

}
