package org.momentos.insight.internal;

/**
 * What a word or phrase of a sentiment lexicon does.
 *
 * @param kind its role
 * @param value the valence of a sentiment term (-4 to 4), or the added intensity of a
 * booster (negative for a diminisher)
 * @param boost for a sentiment term that also intensifies the next sentiment word ("bien
 * rico", "super bueno"), the intensity it adds then; otherwise 0
 */
public record Term(Kind kind, double value, double boost) {

	public enum Kind {

		/** Carries sentiment. */
		SENTIMENT,
		/** Flips the sentiment of the next words: "no", "never", "sin". */
		NEGATOR,
		/** Strengthens or weakens the next sentiment word: "muy", "a bit". */
		BOOSTER,
		/** What follows outweighs what precedes: "but", "pero". */
		CONTRAST,
		/** The clause it opens weighs less: "although", "aunque". */
		CONCESSION,
		/** Marks the praise around it as ironic: "yeah right", "sí, claro". */
		SARCASM,
		/**
		 * Carries sentiment and says the verdict is mixed or middling: "nothing special",
		 * "ni fu ni fa", "sentimientos encontrados".
		 */
		MIXED,
		/**
		 * Makes the praise after it hypothetical, so a mild complaint: "would have been
		 * perfect if...", "habría sido perfecto si...". Complaints after it stay
		 * complaints ("would have been too loose").
		 */
		IRREALIS,
		/**
		 * Carries thanks for what follows it: praise, unless what follows is a complaint,
		 * which makes it ironic ("thanks for losing my bag", "gracias por hacerme
		 * esperar").
		 */
		GRATITUDE,
		/**
		 * Carries praise for how easily or quickly something happens ("assembles easily",
		 * "llegó enseguida"), unless what happens is a complaint, which it then
		 * strengthens ("scratches easily", "se rompe con facilidad").
		 */
		EASE,
		/**
		 * Carries praise for taking a problem away, and turns the complaint it takes away
		 * into praise: "solved my dog's digestive issues", "got rid of the bitter taste",
		 * "me quitó el dolor". A negation before it keeps the complaint ("they haven't
		 * solved my problem").
		 */
		REMEDY,
		/**
		 * Praise asked as a question that answers itself: "what's not to love?", "¿qué
		 * más se puede pedir?". It keeps its weight in a question, where other praise is
		 * only asked about.
		 */
		RHETORICAL

	}

	/**
	 * "but", "although": what follows outweighs what precedes; the reach of a shifter
	 * ends here.
	 */
	public boolean turnsClause() {
		return this.kind == Kind.CONTRAST || this.kind == Kind.CONCESSION;
	}

	public boolean isSentiment() {
		return this.kind == Kind.SENTIMENT || this.kind == Kind.MIXED || this.kind == Kind.GRATITUDE
				|| this.kind == Kind.EASE || this.kind == Kind.REMEDY || this.kind == Kind.RHETORICAL;
	}

}
