package org.momentos.insight.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The Snowball stems of Spanish folded words ("excelentes" -> "excelent", "dejando" ->
 * "dej"): the key of the senticon fallback lexicon and of Spanish phrases matched in any
 * inflection. English phrases are matched as written: stemmed, "will be returning" read
 * as "return" and "a good 2 star hotel" as "2 stars". Stems are cached up to a limit; one
 * stemmer per thread, since Snowball stemmers keep state.
 */
final class Stems {

	static final Stems SPANISH = new Stems(SpanishStemmer::new);

	private static final int CACHE_LIMIT = 200_000;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	private final ThreadLocal<SnowballStemmer> stemmer;

	/**
	 * The last token list read by stems on a thread: the scorer asks at every position.
	 */
	private final ThreadLocal<StemmedTokens> last = new ThreadLocal<>();

	private Stems(Supplier<SnowballStemmer> stemmer) {
		this.stemmer = ThreadLocal.withInitial(stemmer);
	}

	String of(String form) {
		String stem = this.cache.get(form);
		if (stem == null) {
			SnowballStemmer snowball = this.stemmer.get();
			snowball.setCurrent(form);
			snowball.stem();
			stem = snowball.getCurrent();
			if (this.cache.size() < CACHE_LIMIT) {
				this.cache.put(form, stem);
			}
		}
		return stem;
	}

	/** The stems of the words of a folded phrase, separated by spaces. */
	String ofPhrase(String folded) {
		return String.join(" ", Arrays.stream(folded.split(" ")).map(this::of).toList());
	}

	/** The tokens with each word's form replaced by its stem, stemmed when first read. */
	List<Token> of(List<Token> tokens) {
		StemmedTokens stemmed = this.last.get();
		if (stemmed == null || !stemmed.reads(tokens)) {
			stemmed = new StemmedTokens(tokens, this);
			this.last.set(stemmed);
		}
		return stemmed;
	}

}
