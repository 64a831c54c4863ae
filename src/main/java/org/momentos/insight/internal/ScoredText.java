package org.momentos.insight.internal;

/**
 * The sentiment read word by word in a text, before it is turned into a label.
 *
 * @param valences the valence each token contributes (0 for most tokens), on the lexicon
 * scale of -4 to 4, after negation, intensity and contrast
 * @param segments for each token, the number of the clause it belongs to; clauses are cut
 * at punctuation and at contrast words
 * @param sentences for each token, the number of the sentence it belongs to
 * @param hits how many sentiment terms were found
 * @param exclamations exclamation marks that add intensity (at most 4)
 * @param negations negation words found
 * @param contrasts contrast words ("but", "pero") found
 * @param mixedVerdicts middling or mixed verdicts found ("nothing special", "ni fu ni
 * fa")
 */
public record ScoredText(double[] valences, int[] segments, int[] sentences, int hits, int exclamations, int negations,
		int contrasts, int mixedVerdicts) {

	/** This reading with {@code more} middling verdicts found outside the lexicon. */
	public ScoredText withMoreMixedVerdicts(int more) {
		return (more == 0) ? this : new ScoredText(this.valences, this.segments, this.sentences, this.hits,
				this.exclamations, this.negations, this.contrasts, this.mixedVerdicts + more);
	}

	/** This reading with {@code more} sentiment terms found outside the lexicon. */
	public ScoredText withMoreHits(int more) {
		return (more == 0) ? this : new ScoredText(this.valences, this.segments, this.sentences, this.hits + more,
				this.exclamations, this.negations, this.contrasts, this.mixedVerdicts);
	}

	/** The sum of positive valences. */
	public double positive() {
		double sum = 0;
		for (double v : this.valences) {
			sum += Math.max(v, 0);
		}
		return sum;
	}

	/** The sum of negative valences, as a positive number. */
	public double negative() {
		double sum = 0;
		for (double v : this.valences) {
			sum -= Math.min(v, 0);
		}
		return sum;
	}

}
