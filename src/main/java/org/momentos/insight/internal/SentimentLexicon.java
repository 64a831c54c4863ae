package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sentiment words, phrases and modifiers of one language, read from tab-separated
 * resources. A line is {@code pattern<TAB>valence}, or {@code @negator<TAB>pattern},
 * {@code @booster<TAB>pattern<TAB>value},
 * {@code @excess<TAB>pattern<TAB>value<TAB>valence} (a booster that also gives
 * {@code valence} to a following word with none: "too small"),
 * {@code @contrast<TAB>pattern}, {@code @concession<TAB>pattern},
 * {@code @sarcasm<TAB>pattern}, {@code @mixed<TAB>pattern<TAB>valence} (a middling or
 * mixed verdict), {@code @both<TAB>pattern<TAB>valence<TAB>boost} (a sentiment word that
 * also intensifies the next one), {@code @stem<TAB>stem<TAB>valence} (a Snowball stem,
 * looked up only for Spanish words that no other line knows),
 * {@code @irrealis<TAB>pattern} (the praise after it did not happen: "would have been
 * perfect"), {@code @thanks<TAB>pattern<TAB>valence} (thanks for what follows, ironic
 * when a complaint follows: "thanks for losing my bag"). Later lines override earlier
 * ones. {@code @transparent<TAB>word} is a word a negation reaches across without
 * counting it ("no nos pareció buena"); {@code @polite<TAB>word} a word of thanks and
 * {@code @request<TAB>word} a word that asks ("please"): thanks in a request weigh half;
 * {@code @conditional<TAB>word} opens a condition ("if"), where praise weighs a quarter.
 * {@code @repeat<TAB>word} is a verb of coming back as a customer ("buy", "order") and
 * {@code @again<TAB>word} a word of repetition ("again"): "would buy them again" is
 * praise, "won't order this again" a complaint. {@code @ease<TAB>pattern<TAB>valence} is
 * praise of ease or speed that takes the sign of the opinion before it ("assembles
 * easily", "scratches easily"). A {@code .txt} resource lists real words, one per line,
 * that the typo rule must not read as a misspelt sentiment word ("morning" is not
 * "mourning").
 */
public final class SentimentLexicon {

	private final PhraseIndex<Term> index = new PhraseIndex<>();

	/**
	 * Spanish phrases by the Snowball stems of their words, so that a phrase written in
	 * one form matches its other inflections: "deja mucho que desear" also reads "dejando
	 * mucho que desear", "pierden la maleta" also "perdieron las maletas".
	 */
	private final PhraseIndex<Term> stemmedPhrases = new PhraseIndex<>();

	/** Single words without wildcard, for typo tolerance. */
	private final Map<String, Term> words = new HashMap<>();

	/** Their one-letter misspellings, indexed once the resources are read. */
	private Typos typos;

	private final Vocabulary vocabulary = new Vocabulary();

	/**
	 * Fallback valences by Snowball stem (Spanish senticon), for words no pattern knows.
	 */
	private final Map<String, Term> stems = new HashMap<>();

	private final boolean spanish;

	/** Words a negation reaches across without counting them: "no nos pareció buena". */
	private final Set<String> transparent = new HashSet<>();

	/** Words of thanks that close a request politely: "thanks", "gracias". */
	private final Set<String> polite = new HashSet<>();

	/** Words that make a text a request: "please", "por favor". */
	private final Set<String> requests = new HashSet<>();

	/** Verbs of coming back as a customer: "buy", "order", "fly". */
	private final Set<String> repeatVerbs = new HashSet<>();

	/** Words of repetition after such a verb: "again". */
	private final Set<String> againWords = new HashSet<>();

	/** Words that open a condition: "if", "si" (written without accent, so not "sí"). */
	private final Set<String> conditionals = new HashSet<>();

	/** The same words folded, for a cheap first check. */
	private final Set<String> conditionalForms = new HashSet<>();

	private SentimentLexicon(boolean spanish) {
		this.spanish = spanish;
	}

	/** Reads the resources in order; each may override the previous ones. */
	public static SentimentLexicon load(boolean spanish, String... resources) {
		SentimentLexicon lexicon = new SentimentLexicon(spanish);
		for (String resource : resources) {
			lexicon.read(resource);
		}
		// From 7 letters in English, 8 in Spanish, whose verb forms are many and short
		// ("quiera" is not "quiebra", "cocina" not "cochina").
		lexicon.typos = new Typos(lexicon.words, lexicon.vocabulary.words(), spanish ? 8 : 7);
		return lexicon;
	}

	/** The longest term at a token, trying spelling variants of single words. */
	public PhraseIndex.Match<Term> termAt(List<Token> tokens, int at) {
		PhraseIndex.Match<Term> match = this.index.longestAt(tokens, at);
		if (!this.stemmedPhrases.isEmpty() && tokens.get(at).isWord()) {
			PhraseIndex.Match<Term> stemmed = this.stemmedPhrases.longestAt(Stems.SPANISH.of(tokens), at);
			if (stemmed != null && (match == null || stemmed.length() > match.length())) {
				return stemmed;
			}
		}
		if (match != null) {
			return match;
		}
		Token token = tokens.get(at);
		if (!token.isWord() || token.form().length() < 5) {
			return null;
		}
		if (token.isHashtag()) {
			Term tagged = Hashtags.term(token.form(), this.words);
			if (tagged != null) {
				return new PhraseIndex.Match<>(tagged, 1);
			}
		}
		if (token.form().indexOf('-') > 0) {
			Term hyphenated = WordForms.hyphenated(token.form(), this.words, this.index);
			if (hyphenated != null) {
				return new PhraseIndex.Match<>(hyphenated, 1);
			}
		}
		// "enganchadaaa" is read as "enganchada", not corrected as a typo of "engañada"
		String form = (token.alt() != null && !this.vocabulary.contains(token.form())
				&& (this.vocabulary.contains(token.alt()) || !this.stems.isEmpty())) ? token.alt() : token.form();
		Term term = this.spanish ? WordForms.superlative(form, this.words)
				: WordForms.englishSuperlative(form, this.words);
		if (term == null && !this.stems.isEmpty() && !this.vocabulary.contains(form)) {
			term = this.stems.get(Stems.SPANISH.of(form));
		}
		if (term == null && form.length() >= 6 && !this.vocabulary.contains(form) && !isName(tokens, at)) {
			term = this.typos.of(form);
		}
		if (term == null && this.spanish && form.length() >= 4 && form.length() < 7
				&& !this.vocabulary.contains(form)) {
			term = Typos.stretchedVowel(form, this.words);
		}
		return (term != null) ? new PhraseIndex.Match<>(term, 1) : null;
	}

	/**
	 * Whether the word is capitalised inside a sentence, as a name is ("de Vitoria a
	 * Colonia"): the typo rule does not read it as a misspelt word ("victoria").
	 */
	private static boolean isName(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		if (at == 0 || token.allCaps() || !Character.isUpperCase(token.text().charAt(0))) {
			return false;
		}
		Token before = tokens.get(at - 1);
		return !SentimentScorer.isSentenceEnd(before) && !before.isPunct();
	}

	/**
	 * Whether a negation or a booster reaches across this word without counting it as one
	 * of the three words it reaches: clitics, articles and "haber" in "nunca hemos tenido
	 * una mala experiencia".
	 */
	public boolean isTransparent(Token token) {
		return token.isWord() && this.transparent.contains(token.form());
	}

	/** Whether the word is a word of thanks ({@code @polite}). */
	public boolean isPolite(Token token) {
		return token.isWord() && this.polite.contains(token.form());
	}

	/** Whether the word is a verb of coming back as a customer ({@code @repeat}). */
	public boolean isRepeatVerb(Token token) {
		return token.isWord() && this.repeatVerbs.contains(token.form());
	}

	/** Whether the word says something happens again ({@code @again}). */
	public boolean isAgain(Token token) {
		return token.isWord() && this.againWords.contains(token.form());
	}

	/** Whether the word asks for something ({@code @request}): "please", "porfa". */
	public boolean isRequest(Token token) {
		return token.isWord() && this.requests.contains(token.form());
	}

	/**
	 * Whether the word opens a condition ({@code @conditional}), compared as written in
	 * lower case: "si" is "if", "sí" is "yes".
	 */
	public boolean isConditional(Token token) {
		return token.isWord() && this.conditionalForms.contains(token.form())
				&& this.conditionals.contains(token.text().toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the word is a known word of this lexicon, of any kind, or a longer word one
	 * of its patterns matches ({@link Vocabulary#knows}).
	 */
	public boolean knows(String form) {
		return this.vocabulary.knows(form);
	}

	private void read(String resource) {
		try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing lexicon resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			boolean realWords = resource.endsWith(".txt");
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank() && !line.startsWith("#") && realWords) {
					this.vocabulary.addWord(Tokenizer.foldWord(line.strip()));
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					try {
						add(line.split("\t"));
					}
					catch (RuntimeException ex) {
						throw new IllegalStateException(resource + ":" + number + ": " + ex.getMessage(), ex);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(String[] fields) {
		switch (fields[0]) {
			case "@negator" -> put(fields[1], new Term(Term.Kind.NEGATOR, 0, 0));
			case "@booster" -> put(fields[1], new Term(Term.Kind.BOOSTER, Double.parseDouble(fields[2]), 0));
			case "@absence" -> put(fields[1], new Term(Term.Kind.NEGATOR, 0, Double.parseDouble(fields[2])));
			case "@excess" -> put(fields[1],
					new Term(Term.Kind.BOOSTER, Double.parseDouble(fields[2]), Double.parseDouble(fields[3])));
			case "@contrast" -> put(fields[1], new Term(Term.Kind.CONTRAST, 0, 0));
			case "@concession" -> put(fields[1], new Term(Term.Kind.CONCESSION, 0, 0));
			case "@irrealis" -> put(fields[1], new Term(Term.Kind.IRREALIS, 0, 0));
			case "@sarcasm" -> put(fields[1], new Term(Term.Kind.SARCASM, -1.5, 0));
			case "@transparent" -> this.transparent.add(Tokenizer.foldWord(fields[1].strip()));
			case "@polite" -> this.polite.add(Tokenizer.foldWord(fields[1].strip()));
			case "@request" -> this.requests.add(Tokenizer.foldWord(fields[1].strip()));
			case "@repeat" -> this.repeatVerbs.add(Tokenizer.foldWord(fields[1].strip()));
			case "@again" -> this.againWords.add(Tokenizer.foldWord(fields[1].strip()));
			case "@conditional" -> {
				this.conditionals.add(fields[1].strip().toLowerCase(Locale.ROOT));
				this.conditionalForms.add(Tokenizer.foldWord(fields[1].strip()));
			}
			case "@stem" -> this.stems.put(fields[1], new Term(Term.Kind.SENTIMENT, Double.parseDouble(fields[2]), 0));
			case "@mixed" -> put(fields[1], new Term(Term.Kind.MIXED, Double.parseDouble(fields[2]), 0));
			case "@thanks" -> put(fields[1], new Term(Term.Kind.GRATITUDE, Double.parseDouble(fields[2]), 0));
			case "@ease" -> put(fields[1], new Term(Term.Kind.EASE, Double.parseDouble(fields[2]), 0));
			case "@remedy" -> put(fields[1], new Term(Term.Kind.REMEDY, Double.parseDouble(fields[2]), 0));
			case "@rhetorical" -> put(fields[1], new Term(Term.Kind.RHETORICAL, Double.parseDouble(fields[2]), 0));
			case "@both" -> put(fields[1],
					new Term(Term.Kind.SENTIMENT, Double.parseDouble(fields[2]), Double.parseDouble(fields[3])));
			default -> put(fields[0], new Term(Term.Kind.SENTIMENT, Double.parseDouble(fields[1].strip()), 0));
		}
	}

	private static boolean isAbsence(Term term) {
		return term.kind() == Term.Kind.NEGATOR && term.boost() != 0;
	}

	private void put(String pattern, Term term) {
		this.index.add(pattern, term);
		String folded = Tokenizer.foldWord(pattern.strip());
		// Spanish phrases are also read by stems, in any inflection; not an exclamation
		// with "qué" ("qué pesados" is not "que pesaban") nor an absence, which names a
		// person on purpose ("no podemos" is a complaint, "no puedes" a rule)
		if (this.spanish && folded.contains(" ") && !folded.contains("*") && !isAbsence(term)
				&& !folded.startsWith("que ")) {
			this.stemmedPhrases.add(Stems.SPANISH.ofPhrase(folded), term);
		}
		if (!folded.contains(" ") && !(folded.endsWith("*") && folded.length() > 2)) {
			this.words.put(folded, term);
			this.vocabulary.addWord(folded);
		}
		else if (!folded.contains(" ")) {
			this.vocabulary.addPattern(folded);
		}
	}

}
