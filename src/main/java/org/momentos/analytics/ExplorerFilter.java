package org.momentos.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the feedback explorer looks for; every part is optional.
 *
 * @param text words or "a phrase", in Spanish or English, accents ignored (web-search
 * syntax: {@code -word} excludes, {@code or} joins)
 * @param journey only signals of this journey's touchpoints
 * @param touchpoints only signals of these touchpoints (a stage is its touchpoints)
 * @param sources only these sources (SURVEY, TICKET...)
 * @param verdicts only these verdicts
 * @param sentiment only negative, neutral or positive texts
 * @param theme only signals that mention this theme
 * @param from first day
 * @param to last day
 * @param attributes only signals with these attribute values
 * @param sort newest (default), oldest, relevance, most negative, most positive
 * @param likeSignal signals like this one ("more like this")
 */
public record ExplorerFilter(String text, Long journey, List<UUID> touchpoints, List<String> sources,
		List<Verdict> verdicts, String sentiment, String theme, LocalDate from, LocalDate to,
		Map<String, String> attributes, Sort sort, Long likeSignal) {

	public ExplorerFilter {
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
		sources = sources == null ? List.of() : List.copyOf(sources);
		verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
		sort = sort == null ? Sort.NEWEST : sort;
	}

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** How results are ordered. */
	public enum Sort {

		NEWEST, OLDEST, RELEVANCE, MOST_NEGATIVE, MOST_POSITIVE

	}

}
