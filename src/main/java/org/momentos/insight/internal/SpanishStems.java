package org.momentos.insight.internal;

import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The Snowball Spanish stem of a folded word ("excelentes" -> "excelent"), the key of the
 * senticon fallback lexicon. One stemmer per thread: Snowball stemmers keep state.
 */
final class SpanishStems {

	private static final ThreadLocal<SpanishStemmer> STEMMER = ThreadLocal.withInitial(SpanishStemmer::new);

	private SpanishStems() {
	}

	static String of(String form) {
		SpanishStemmer stemmer = STEMMER.get();
		stemmer.setCurrent(form);
		stemmer.stem();
		return stemmer.getCurrent();
	}

}
