package org.momentos.insight.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A review whose title is a middling verdict ("Normal. El hotel está en el centro...",
 * "Regular.", "Aceptable.", "Meh. The flavour is...") calls itself so-so: the title is
 * the writer's own summary, and what follows tells the good and the bad. A title that
 * only praises the location mildly ("Buena ubicación.", "Good location.") is one too: the
 * writer found nothing else to praise ("Excelente ubicación." is not); so is a short
 * title that sets two things against each other ("Cute but runs large.", "Bonito pero
 * frágil."). Counted as a middling verdict ({@link ScoredText#mixedVerdicts}).
 */
final class MiddlingTitles {

	/** Middling titles, as folded words. */
	private static final Set<String> TITLES = Set.of("normal", "normalito", "normalita", "regular", "aceptable",
			"correcto", "correcta", "pasable", "cumple", "sin mas", "mas o menos", "ni fu ni fa", "bien", "bueno",
			"meh", "average", "so so", "mediocre", "okay", "ok", "decent", "fine", "not for me", "just ok", "just okay",
			"its ok", "its okay", "soso", "so close", "on the fence", "eh", "nothing special", "mixed feelings",
			"wanted to love", "wanted to love this", "wanted to like it", "no es para mi", "nada especial");

	/**
	 * Titles that praise the location alone, mildly: the writer found nothing else to
	 * praise.
	 */
	private static final Set<String> FAINT_PRAISE = Set.of("buena ubicacion", "bien ubicado", "bien ubicada",
			"buena situacion", "bien situado", "bien situada", "buena localizacion", "good location", "nice location");

	/**
	 * A title that sets two things against each other ("Cute but runs large", "Bonito
	 * pero frágil", "Cute but.") weighs up; "Ni un pero", "No buts" deny there is a but,
	 * and "Sorry but..." only softens what follows.
	 */
	private static final Set<String> BUT = Set.of("but", "pero");

	private static final Set<String> DENIED = Set.of("ni", "no", "not", "sin", "without", "zero", "cero", "nada",
			"sorry", "perdon", "lo", "lamentablemente", "unfortunately");

	/** A middling title is at most this many words. */
	private static final int TITLE_WORDS = 4;

	/** A title that weighs up is at most this many words. */
	private static final int WEIGHING_TITLE_WORDS = 8;

	/** What follows the title is a review of at least this many words. */
	private static final int REVIEW_WORDS = 12;

	private MiddlingTitles() {
	}

	/**
	 * 1 when the text opens with a middling title over a review, else 0. Faint praise and
	 * a title that weighs up count only over a review that leans to praise
	 * ({@code leansToPraise}): "I like the app but it crashes. I have tried reinstalling
	 * it twice and nothing works" and "Good location. The room was dirty, the staff
	 * rude..." are complaints, not three-star reviews.
	 */
	static int count(List<Token> tokens, boolean leansToPraise) {
		StringBuilder title = new StringBuilder();
		int words = 0;
		int end = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (SentimentScorer.isSentenceEnd(token)) {
				end = i;
				break;
			}
			if (token.isWord()) {
				words++;
				title.append((title.length() == 0) ? "" : " ").append(token.form());
			}
		}
		String said = title.toString();
		boolean middling = words <= TITLE_WORDS && TITLES.contains(said);
		boolean faint = leansToPraise && (FAINT_PRAISE.contains(said) || weighsUp(said.split(" ")));
		if (end < 0 || words == 0 || !(middling || faint)) {
			return 0;
		}
		int rest = 0;
		for (int i = end + 1; i < tokens.size(); i++) {
			rest += tokens.get(i).isWord() ? 1 : 0;
		}
		return (rest >= REVIEW_WORDS) ? 1 : 0;
	}

	private static boolean weighsUp(String[] words) {
		return words.length > 1 && words.length <= WEIGHING_TITLE_WORDS && !DENIED.contains(words[0])
				&& Arrays.stream(words).anyMatch(BUT::contains);
	}

}
