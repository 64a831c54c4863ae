package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.momentos.analytics.ExplorerFilter;
import org.momentos.analytics.Verdict;
import org.momentos.platform.Problem;

/**
 * The explorer's filters as they arrive in a query string, shared by the page, the
 * exports and the API, so a view's address can be saved and shared.
 */
record ExplorerParameters(String q, Long journey, List<String> touchpoint, List<String> source, List<String> verdict,
		String sentiment, String theme, LocalDate from, LocalDate to, List<String> attr, String sort, Long like) {

	ExplorerFilter toFilter() {
		try {
			Map<String, String> attributes = new LinkedHashMap<>();
			if (this.attr != null) {
				for (String pair : this.attr) {
					int equals = pair.indexOf('=');
					if (equals > 0) {
						attributes.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
					}
				}
			}
			return new ExplorerFilter(this.q == null || this.q.length() <= 500 ? this.q : this.q.substring(0, 500),
					this.journey,
					this.touchpoint == null ? null
							: this.touchpoint.stream().filter((t) -> !t.isBlank()).map(UUID::fromString).toList(),
					this.source == null ? null : this.source.stream().filter((s) -> !s.isBlank()).toList(),
					this.verdict == null ? null
							: this.verdict.stream().filter((v) -> !v.isBlank()).map(Verdict::valueOf).toList(),
					blankToNull(this.sentiment), blankToNull(this.theme), this.from, this.to, attributes,
					this.sort == null || this.sort.isBlank() ? null : ExplorerFilter.Sort.valueOf(this.sort),
					this.like);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("explorer.filter.invalid");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
