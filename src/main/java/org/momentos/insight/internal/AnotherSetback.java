package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Praise that greets one more setback or a wait is ironic: "Nice, another delay",
 * "Perfecto, otro retraso", "Great 40 minutes on hold". Part of {@link SentimentScorer},
 * read after the {@link ValenceShifters}, like {@link IronicPraise}.
 */
final class AnotherSetback {

	/** Words that greet one more of the same: "another", "otra", "otro". */
	private static final Set<String> ANOTHER = Set.of("another", "otra", "otro");

	/**
	 * How many words after "another" the setback it greets is looked for: "Wonderful.
	 * Another hour of my life I'll never get back".
	 */
	private static final int SETBACK_REACH = 8;

	private AnotherSetback() {
	}

	/**
	 * "Nice, another delay", "Awesome. Another cancelled flight", "Perfecto, otro
	 * retraso": praise that greets one more setback is ironic; "Great, another flight
	 * with them!" stays praise. So is praise that greets a wait: "Fantástico, 10 minutos
	 * en espera", "Great 40 minutes on hold".
	 */
	static void turnPraise(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		int n = tokens.size();
		for (int i = 0; i < n; i++) {
			if (valences[i] <= 0 || terms[i] == null || terms[i].kind() != Term.Kind.SENTIMENT) {
				continue;
			}
			int next = after(tokens, i + 1);
			if (next < n && WaitDurations.startsAt(tokens, next)) {
				valences[i] *= SentimentScorer.NEGATION;
				continue;
			}
			// "another" after the whole phrase: "Qué bien, otro retraso", "Just what I
			// needed, another delay" ("vale la pena 2 horas de cola" is no irony)
			next = after(tokens, i + Math.max(spans[i], 1));
			if (next >= n || !ANOTHER.contains(tokens.get(next).form())) {
				continue;
			}
			for (int k = next; k <= next + SETBACK_REACH && k < n && !tokens.get(k).isPunct(); k++) {
				if (valences[k] < 0) {
					valences[i] *= SentimentScorer.NEGATION;
					break;
				}
			}
		}
	}

	/** The token at {@code at}, or after it when it is punctuation. */
	private static int after(List<Token> tokens, int at) {
		return (at < tokens.size() && tokens.get(at).isPunct()) ? at + 1 : at;
	}

}
