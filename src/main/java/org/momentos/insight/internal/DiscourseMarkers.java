package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Words that open a sentence as a pause, a greeting or an acknowledgement rather than a
 * verdict ("Bueno, otra vez sin maleta", "Buenas @Iberia tengo una duda", "Pero bueno,
 * ..."): their valence is silenced. Part of {@link SentimentScorer}.
 */
final class DiscourseMarkers {

	private DiscourseMarkers() {
	}

	/**
	 * Words that open a sentence as a discourse marker, a greeting or an acknowledgement,
	 * not as a verdict, when punctuation follows them: "Bueno, otra vez sin maleta",
	 * "Buenas, ¿me ayudan?", "Correcto, mi vuelo es de Iberia", "Ok, I'll DM you".
	 */
	private static final Set<String> DISCOURSE_MARKERS = Set.of("bueno", "buenas", "correcto", "correcta", "exacto",
			"exacta", "vale", "ok", "okay", "correct", "exactly");

	/**
	 * "Bueno, ..." and "Buenas, ..." at the start of a sentence, or after a greeting
	 * ("Hola, buenas!!"), carry no valence; so does a drawn-out "Bueeeno...".
	 */
	static void silence(List<Token> tokens, double[] valences) {
		for (int i = 0; i + 2 < tokens.size(); i++) {
			if (valences[i] == 0 || !isDiscourseMarker(tokens.get(i))) {
				continue;
			}
			boolean ledIn = ledIn(tokens, i);
			if (!(tokens.get(i + 1).isPunct() || greetsBefore(tokens, i)
					|| (ledIn && tokens.get(i).form().equals("bueno")))) {
				continue;
			}
			boolean sentenceStart = i == 0 || SentimentScorer.isSentenceEnd(tokens.get(i - 1))
					|| afterGreeting(tokens, i) || ledIn;
			if (sentenceStart && hasWordFrom(tokens, i + 2)) {
				valences[i] = 0;
			}
		}
	}

	/**
	 * Words after which "buenas" is a greeting even without a comma: "Buenas el producto
	 * me ha llegado de naranja", "Buenas @Ryanair_ES tengo una duda"; "buenas bolsas" and
	 * "buenas noticias" are praise.
	 */
	private static final Set<String> AFTER_GREETING = Set.of("el", "la", "los", "las", "lo", "me", "mi", "nos", "les",
			"os", "hace", "tengo", "tiene", "tienen", "queria", "quisiera", "quiero", "necesito", "estoy", "he", "hoy",
			"ayer", "compre", "pedi", "resulta", "hola", "a", "por", "una", "un", "soy", "alguien");

	private static boolean greetsBefore(List<Token> tokens, int at) {
		Token next = tokens.get(at + 1);
		return tokens.get(at).form().equals("buenas")
				&& (AFTER_GREETING.contains(next.form()) || next.text().startsWith("@"));
	}

	/**
	 * Words that lead into a "bueno" that opens a sentence as a pause: "Pero bueno, se ve
	 * que no es suficiente", "Y bueno las cosas llegan", "Aahhh bueno, gracias".
	 */
	private static final Set<String> LEAD_INS = Set.of("pero", "y", "pues", "ah", "oh", "eh");

	private static boolean ledIn(List<Token> tokens, int at) {
		if (at == 0) {
			return false;
		}
		Token before = tokens.get(at - 1);
		boolean leadIn = LEAD_INS.contains(before.form()) || (before.isElongated() && LEAD_INS.contains(before.alt()));
		return leadIn && (at == 1 || SentimentScorer.isSentenceEnd(tokens.get(at - 2)));
	}

	/** "Bueno" and "bueeeno" alike: drawn out, it is still a pause, not praise. */
	private static boolean isDiscourseMarker(Token token) {
		return DISCOURSE_MARKERS.contains(token.form())
				|| (token.isElongated() && DISCOURSE_MARKERS.contains(token.alt()));
	}

	private static boolean afterGreeting(List<Token> tokens, int at) {
		int before = at - 1;
		if (before >= 0 && tokens.get(before).isPunct()) {
			before--;
		}
		return before >= 0 && tokens.get(before).form().equals("hola");
	}

	private static boolean hasWordFrom(List<Token> tokens, int from) {
		for (int k = from; k < tokens.size(); k++) {
			if (tokens.get(k).isWord()) {
				return true;
			}
		}
		return false;
	}

}
