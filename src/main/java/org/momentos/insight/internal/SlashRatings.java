package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rating written with a slash, standing alone: "7/10", "4.5/5", "10/10 would
 * recommend". Not a date ("8/10 LAX-DUB 13/10"), a share ("about 1/10 the perk"), a
 * clothing size ("I usually wear a 8/10") nor irony ("10/10 would not fly again"). Part
 * of {@link SelfRating}.
 */
final class SlashRatings {

	/** "7/10", "4.5/5", "10/10 would recommend", standing alone. */
	private static final Pattern SLASH = Pattern.compile("(?<![\\d/.,])(\\d{1,2}(?:[.,]5)?)\\s*/\\s*(5|10)(?![\\d/])");

	/**
	 * Words just after "10/10" that turn it: "10/10 would not fly again", "10/10 no
	 * volvería" are irony, not a rating.
	 */
	private static final Pattern TURNED_AFTER_SLASH = Pattern
		.compile("^\\W*(?:would not|wouldn't|wouldnt|would never|will never|won't|wont|never again|do not|don't"
				+ "|no volver[ií]a|no repetir[ií]a|nunca m[aá]s|no lo recomiendo)\\b");

	/** Any number pair with a slash: many of them, or one over 10, tell dates. */
	private static final Pattern ANY_SLASH = Pattern.compile("\\d\\s*/\\s*\\d");

	/**
	 * Words shortly before "8/10" that make it a clothing size: "I usually wear a 8/10".
	 */
	private static final Pattern SIZE_BEFORE = Pattern
		.compile("\\b(?:size|sizes|wear|wore|normally|usually|typically|talla|tallas|uso)\\b");

	/** Words before "7/10" that make it a date or a share, not a rating. */
	private static final Pattern NOT_BEFORE_SLASH = Pattern.compile(
			"(?:\\b(?:on|el|del|since|desde|until|hasta|from|to|al|about|around|unos|sobre|by|the|a|an|un|una|size|talla)\\s*)$");

	private SlashRatings() {
	}

	/**
	 * Adds the ratings the text gives with a slash, when every number pair with a slash
	 * in it is one; none when one of them is a date, a share, a size or irony.
	 */
	static void addTo(String lower, List<Double> ratings) {
		Matcher any = ANY_SLASH.matcher(lower);
		int pairs = 0;
		while (any.find()) {
			pairs++;
		}
		Matcher slash = SLASH.matcher(lower);
		List<Double> found = new ArrayList<>();
		while (slash.find()) {
			double n = SelfRating.number(slash.group(1));
			int scale = Integer.parseInt(slash.group(2));
			if (n > scale
					|| NOT_BEFORE_SLASH.matcher(lower.substring(Math.max(0, slash.start() - 12), slash.start())).find()
					|| SIZE_BEFORE.matcher(lower.substring(Math.max(0, slash.start() - 30), slash.start())).find()) {
				return; // a date or a share: "8/10 LAX-DUB 13/10", "about 1/10 the perk"
			}
			if (TURNED_AFTER_SLASH.matcher(lower.substring(slash.end(), Math.min(lower.length(), slash.end() + 20)))
				.find()) {
				return; // irony: "10/10 would not fly again"
			}
			found.add((scale == 10) ? SelfRating.fromTen(n) : SelfRating.clamp(n));
		}
		if (!found.isEmpty() && found.size() == pairs) {
			ratings.addAll(found);
		}
	}

}
