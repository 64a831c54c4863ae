package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rating a writer gives in so many words: "I gave it 3 stars because", "le doy dos
 * estrellas", "knocked off a star for the sizing", "le quito una estrella", "7/10",
 * "10/10 would stay again". It is the writer's own verdict, so it decides the label of
 * the text: 1-2 of 5 negative, 3 neutral, 4-5 positive. A star class ("a 4 star hotel"),
 * a date ("21/10/2017"), a clothing size ("I usually wear a 8/10"), a share ("8 out of 10
 * flights") or somebody else's rating ("anyone could give this 1 star") is no rating.
 */
final class SelfRating {

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("no", 0),
			Map.entry("cero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("una", 1), Map.entry("uno", 1),
			Map.entry("un", 1), Map.entry("two", 2), Map.entry("dos", 2), Map.entry("three", 3), Map.entry("tres", 3),
			Map.entry("four", 4), Map.entry("cuatro", 4), Map.entry("five", 5), Map.entry("cinco", 5));

	private static final String NUMBER = "(\\d{1,2}(?:[.,]5)?|zero|no|one|two|three|four|five|cero|una|uno|dos|tres|cuatro|cinco)";

	/**
	 * "gave it 3 stars", "would give this top a 5/5", "le doy dos estrellas", "le daría 5
	 * de 5 estrellas"; a number with no scale ("le pongo un 8") is no rating.
	 */
	private static final Pattern GIVEN = Pattern.compile("\\b(?:give|giving|gave|rate|rating|deserves?"
			+ "|(?:lower|rais|chang|bump|upp|updat)\\w*(?: it| my rating| my review)?(?: up| down)? to"
			+ "|doy|dar[ií]a|pongo|pondr[ií]a|dejo|dejar[ií]a|merece|merecen|puntúo|puntuo)"
			+ "\\s+(?:(?:it|this|them|him|her|the \\w+|this \\w+|le|les|lo|la)\\s+)?(?:(?:an?|un|una|only|just|solo|sólo)\\s+)?"
			+ NUMBER + "\\s*(stars?|estrellas?|/\\s*(?:5|10)\\b|out of (?:5|10|five|ten)\\b|de (?:5|10|cinco|diez)\\b"
			+ "|sobre (?:5|10|cinco|diez)\\b)?");

	/**
	 * "3 stars because", "dos estrellas porque": the reason for the writer's own rating.
	 */
	private static final Pattern BECAUSE = Pattern.compile(
			"\\b" + NUMBER + "\\s*(stars?|estrellas?)\\s+(?:because|since|for|as|due|instead|porque|por|ya que)\\b");

	/**
	 * "knocked off a star", "one star off", "minus 4 stars", "le quito una estrella", "le
	 * doy una estrella menos": that many less than five.
	 */
	private static final Pattern OFF = Pattern.compile("\\b(?:knock\\w*(?: off)?|drop\\w*|dock\\w*|minus|los\\w*"
			+ "|mark\\w* down|deduct\\w*|subtract\\w*|remov\\w*|took away|take away"
			+ "|t(?:ook|ake|aking) off|quito|bajo|resto|quitar[ée])\\s+(?:(?:it|le)\\s+)?(a|one|1|two|2|three|3|four|4|una|dos|tres|cuatro)"
			+ "\\s+(?:star|stars|estrellas?)\\b|\\b(a|one|1|two|2|una|dos)\\s+(?:stars?\\s+off|stars?\\s+less|estrellas?\\s+menos)\\b");

	/**
	 * "not 5 stars", "didn't give it 5 stars", "no tiene mi quinta estrella", "loses its
	 * fifth star": a little less than five.
	 */
	private static final Pattern NOT_FIVE = Pattern
		.compile("\\b(?:(?:not|n't|no)\\s+(?:give it\\s+)?(?:5|five|cinco)\\s+(?:stars|estrellas)"
				+ "|quinta\\s+estrella|(?:fifth|5th)\\s+star)\\b");

	private SelfRating() {
	}

	/** The writer's rating on a 1-5 scale, if the text gives one. */
	static OptionalDouble of(String text) {
		if (!mayRate(text)) {
			return OptionalDouble.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		List<Double> ratings = new ArrayList<>();
		Matcher given = GIVEN.matcher(lower);
		while (given.find()) {
			double stars = (given.group(2) == null) ? bareScore(given.group(1), lower, given.end())
					: given(given.group(1), given.group(2));
			if (stars >= 0 && !byOthers(lower, given.start()) && !takesOff(lower, given.end())) {
				ratings.add(stars);
			}
		}
		Matcher off = OFF.matcher(lower);
		if (ratings.isEmpty() && off.find()) {
			String taken = (off.group(1) != null) ? off.group(1) : off.group(2);
			ratings.add(5.0 - number(taken));
		}
		if (ratings.isEmpty()) {
			// every reason counts: "4 stars for taste and 2 stars for the marketing"
			Matcher because = BECAUSE.matcher(lower);
			while (because.find()) {
				ratings.add(clamp(number(because.group(1))));
			}
		}
		if (ratings.isEmpty() && NOT_FIVE.matcher(lower).find()) {
			ratings.add(4.0);
		}
		if (ratings.isEmpty()) {
			SlashRatings.addTo(lower, ratings);
		}
		if (ratings.isEmpty()) {
			return OptionalDouble.empty();
		}
		return ratings.stream().mapToDouble(Double::doubleValue).average();
	}

	/**
	 * The bare 0-10 score the writer gives, as in an NPS answer ("Gave a 7 because"), if
	 * the text gives one: {@link #of} reads it as stars, a page shows it as written.
	 */
	static OptionalInt score(String text) {
		if (!mayRate(text)) {
			return OptionalInt.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher given = GIVEN.matcher(lower);
		while (given.find()) {
			if (given.group(2) == null && bareScore(given.group(1), lower, given.end()) >= 0
					&& !byOthers(lower, given.start())) {
				return OptionalInt.of((int) number(given.group(1)));
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * "le doy una estrella menos", "giving it one star less": a star taken off; "le daría
	 * una estrella más" wishes for a sixth.
	 */
	private static boolean takesOff(String lower, int end) {
		return lower.startsWith(" menos", end) || lower.startsWith(" less", end) || lower.startsWith(" más", end)
				|| lower.startsWith(" mas ", end) || lower.startsWith(" more", end);
	}

	/** Others' ratings: "I can't believe anyone could give this mix 1 star". */
	private static final Pattern OTHERS = Pattern
		.compile("\\b(?:anyone|someone|somebody|people|others|reviewers?|they|he|she|alguien|otros|la gente)\\b");

	private static boolean byOthers(String lower, int at) {
		return OTHERS.matcher(lower.substring(Math.max(0, at - 20), at)).find();
	}

	/** Cheap checks before any pattern: most texts give no rating. */
	private static boolean mayRate(String text) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '/' && digitBefore(text, i)) {
				return true;
			}
			if ((c == 's' || c == 'S')
					&& (text.regionMatches(true, i, "star", 0, 4) || text.regionMatches(true, i, "sobre 10", 0, 8))) {
				return true;
			}
			if ((c == 'e' || c == 'E') && text.regionMatches(true, i, "estrella", 0, 8)) {
				return true;
			}
			if ((c == 'o' || c == 'd')
					&& (text.regionMatches(i, "out of", 0, 6) || text.regionMatches(i, "de 10", 0, 5))) {
				return true;
			}
			if (c >= '6' && c <= '9' || (c == '1' && text.startsWith("10", i))) {
				if (isBareScore(text, i)) {
					return true;
				}
			}
		}
		return false;
	}

	/** "a 7", "un 6", "it 9": a score standing alone after an article or an object. */
	private static boolean isBareScore(String text, int at) {
		int end = at + ((text.charAt(at) == '1') ? 2 : 1);
		if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			return false;
		}
		return text.startsWith("a ", at - 2) || text.startsWith("un ", at - 3) || text.startsWith("it ", at - 3)
				|| text.startsWith("le ", at - 3);
	}

	/** "7/10", "4 / 5"; not the slashes of a link. */
	private static boolean digitBefore(String text, int slash) {
		int before = slash - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		return before >= 0 && Character.isDigit(text.charAt(before));
	}

	/**
	 * Words after a bare score that close it: "Gave a 7 because", "le pongo un 6 porque",
	 * "le doy un 9 por la atención", "I'd give them a 9." Any other word may make it a
	 * count: "give it 10 minutes".
	 */
	private static final Pattern SCORE_CLOSED = Pattern
		.compile("\\s*(?:$|[.,;:!)\\-]|(?:because|since|as|but|and|porque|ya que|pero|y"
				+ "|por (?:la|el|los|las|su|sus|lo)|for (?:the|their|its|how))\\b)");

	/** The lowest bare score that cannot be stars of five. */
	private static final int LOWEST_OF_TEN = 6;

	/** The lowest bare score that is praise; under it, an NPS passive is lukewarm. */
	private static final int PRAISING_SCORE = 8;

	/**
	 * A bare score given with a verb, as in an NPS answer ("Gave a 7 because", "le pongo
	 * un 6 porque"): only 6 to 10 fit no other scale than 0-10, and on it 6 and 7 are
	 * lukewarm (neutral, as NPS passives), 8 to 10 praise. Under 6 it could be stars.
	 */
	private static double bareScore(String number, String lower, int end) {
		double n = number(number);
		if (n != Math.rint(n) || n < LOWEST_OF_TEN || n > 10
				|| !SCORE_CLOSED.matcher(lower).region(end, lower.length()).lookingAt()) {
			return -1;
		}
		return (n < PRAISING_SCORE) ? 3 : fromTen(n);
	}

	/** A rating given with a verb and a unit: stars, or a scale it fits. */
	private static double given(String number, String unit) {
		double n = number(number);
		if (n < 0) {
			return -1;
		}
		if (unit.startsWith("star") || unit.startsWith("estrella")) {
			return (n <= 5) ? clamp(n) : -1;
		}
		boolean ofTen = unit.contains("10") || unit.contains("ten") || unit.contains("diez");
		return ofTen ? fromTen(n) : ((n <= 5) ? clamp(n) : -1);
	}

	static double fromTen(double n) {
		return clamp(n / 2);
	}

	static double clamp(double stars) {
		return Math.max(1, Math.min(5, stars));
	}

	static double number(String word) {
		Integer named = NUMBERS.get(word);
		if (named != null) {
			return named;
		}
		try {
			return Double.parseDouble(word.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
