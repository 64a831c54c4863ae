package org.momentos.analytics;

import java.util.List;
import java.util.Set;

import org.momentos.insight.Flag;
import org.momentos.insight.SentimentLabel;
import org.momentos.journey.MomentKind;

/**
 * What the text analytics read in a signal's text, as far as verdicts and health need it.
 *
 * @param sentiment -1 to 1, null without text
 * @param flags urgent flags
 * @param inferredMoment the moment the text speaks of, used when the signal has no
 * touchpoint
 * @param themes the themes found, each with its own polarity
 */
public record TextReading(Double sentiment, Set<Flag> flags, MomentKind inferredMoment, List<ThemeMention> themes) {

	public static final TextReading NONE = new TextReading(null, Set.of(), null, List.of());

	public TextReading {
		flags = Set.copyOf(flags);
		themes = List.copyOf(themes);
	}

	/** A theme found in a text, with the polarity of what was said about it. */
	public record ThemeMention(String theme, SentimentLabel label) {
	}

}
