package org.momentos.insight.internal;

import java.util.List;

/**
 * Reads the sentiment of a token list with a lexicon, in the manner of VADER (Hutto and
 * Gilbert, 2014): each sentiment term gets its valence, strengthened by boosters,
 * capitals and elongation, flipped by a negation up to three words before it, halved
 * before a contrast and raised after it, halved inside a concession.
 */
public final class SentimentScorer {

	static final double NEGATION = -0.74;

	/** The strongest complaint a negated praise word makes ("not great"). */
	static final double NEGATED_PRAISE = 1.5;

	/** The strongest praise a negated complaint word makes ("not terrible"). */
	static final double NEGATED_COMPLAINT = 1.2;

	static final double CAPS = 0.733;

	static final double ELONGATION = 0.3;

	private static final double[] DISTANCE = { 1.0, 0.95, 0.9 };

	private SentimentScorer() {
	}

	public static ScoredText score(List<Token> tokens, SentimentLexicon lexicon) {
		int n = tokens.size();
		Term[] terms = new Term[n];
		int[] spans = new int[n];
		for (int i = 0; i < n;) {
			PhraseIndex.Match<Term> match = lexicon.termAt(tokens, i);
			if (match == null) {
				i++;
				continue;
			}
			int last = i + match.length() - 1;
			if (isAbsence(match) && isPhrase(lexicon.termAt(tokens, last))) {
				i = last; // "there was no problem": the phrase at "no" wins
				continue;
			}
			terms[i] = match.value();
			spans[i] = match.length();
			i += match.length();
		}
		boolean shouting = hasLowerCase(tokens);
		double[] valences = new double[n];
		int[] segments = new int[n];
		int[] sentences = new int[n];
		int hits = 0;
		int segment = 0;
		int sentence = 0;
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			Term term = terms[i];
			if (token.isPunct()
					|| (term != null && (term.kind() == Term.Kind.CONTRAST || term.kind() == Term.Kind.CONCESSION))) {
				segment++;
			}
			segments[i] = segment;
			sentences[i] = sentence;
			if (isSentenceEnd(token)) {
				sentence++;
			}
			if (term == null || !term.isSentiment() || actsAsBooster(terms, i, n)) {
				continue;
			}
			hits++;
			valences[i] = valence(tokens, terms, spans, i, shouting, lexicon);
		}
		hits += weighExcess(tokens, terms, spans, valences);
		weighIrrealis(tokens, terms, spans, valences);
		weighContrasts(tokens, terms, valences);
		turnIronicPraise(terms, valences);
		return new ScoredText(valences, segments, sentences, hits, exclamations(tokens),
				count(terms, Term.Kind.NEGATOR), count(terms, Term.Kind.CONTRAST), count(terms, Term.Kind.MIXED));
	}

	private static double valence(List<Token> tokens, Term[] terms, int[] spans, int i, boolean shouting,
			SentimentLexicon lexicon) {
		Term term = terms[i];
		double v = term.value();
		double sign = Math.signum(v);
		Token token = tokens.get(i);
		if (token.isElongated()) {
			v += sign * ELONGATION;
		}
		if (shouting && token.allCaps()) {
			v += sign * CAPS;
		}
		boolean negated = false;
		int distance = 0;
		for (int j = i - 1; j >= 0 && distance < 3; j--) {
			if (tokens.get(j).isPunct()) {
				break;
			}
			Term before = terms[j];
			if (before != null) {
				if (before.kind() == Term.Kind.CONTRAST || before.kind() == Term.Kind.CONCESSION) {
					break;
				}
				if (before.kind() == Term.Kind.NEGATOR) {
					negated = true;
				}
				else if (before.kind() == Term.Kind.BOOSTER) {
					v += sign * before.value() * DISTANCE[distance];
				}
				else if (before.boost() != 0 && distance == 0) {
					v += sign * before.boost();
				}
			}
			distance++;
		}
		if (negated && token.isWord() && !holdsNegation(tokens, i, spans[i], lexicon)) {
			v = negate(v);
		}
		return v;
	}

	/**
	 * A negated word turns and weakens: "not good" is a complaint, but "not amazing" or
	 * "nada espectacular" is only lukewarm and "not terrible" only mild praise (shift
	 * negation, as in Taboada et al. 2011), so the turned valence is capped.
	 */
	static double negate(double v) {
		double turned = v * NEGATION;
		double cap = (v > 0) ? NEGATED_PRAISE : NEGATED_COMPLAINT;
		return Math.signum(turned) * Math.min(Math.abs(turned), cap);
	}

	private static boolean isAbsence(PhraseIndex.Match<Term> match) {
		return match.value().kind() == Term.Kind.NEGATOR && match.value().boost() != 0 && match.length() > 1;
	}

	private static boolean isPhrase(PhraseIndex.Match<Term> match) {
		return match != null && match.length() > 1;
	}

	/** Words after "too" or "demasiado" that are never an opinion on their own. */
	private static final java.util.Set<String> NOT_EXCESSIVE = java.util.Set.of("the", "a", "an", "to", "and", "i",
			"me", "my", "it", "is", "was", "be", "you", "we", "in", "on", "of", "for", "at", "but", "so", "as", "y",
			"de", "la", "el", "que", "en", "los", "las", "un", "una", "lo", "le", "se", "mi", "por", "para", "con");

	/**
	 * "too small", "demasiado ruido": an excess word ({@code @excess}) gives its valence
	 * to the next word when that word carries none of its own or praises only mildly
	 * ("too warm"; before stronger sentiment it is only a booster: "too good"); a
	 * negation before it turns it ("not too pricey"). Likewise an absence
	 * ({@code @absence}: "there was no", "no había") makes a complaint of the next word
	 * ("no había toallas") and negates a sentiment word ("no hay problema").
	 * @return how many words got a valence
	 */
	private static int weighExcess(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		int found = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Term term = terms[i];
			int at = i + Math.max(spans[i], 1);
			if (term == null || term.boost() == 0 || at >= tokens.size()
					|| (term.kind() != Term.Kind.BOOSTER && term.kind() != Term.Kind.NEGATOR)) {
				continue;
			}
			Token next = tokens.get(at);
			boolean mildPraise = term.kind() == Term.Kind.BOOSTER && isMildPraise(terms[at]);
			if (!next.isWord() || (terms[at] != null && !mildPraise) || next.form().length() < 3
					|| NOT_EXCESSIVE.contains(next.form())) {
				continue;
			}
			double v = term.boost();
			for (int j = i - 1; j >= 0 && j >= i - 3 && !tokens.get(j).isPunct(); j--) {
				if (terms[j] != null && terms[j].kind() == Term.Kind.NEGATOR) {
					v *= NEGATION;
					break;
				}
			}
			valences[at] = v;
			found += mildPraise ? 0 : 1;
		}
		return found;
	}

	/**
	 * A word that praises only mildly ("warm", "soft", "sweet"): after "too" it is a
	 * complaint ("too warm"), while strong praise is only intensified ("too good").
	 */
	private static boolean isMildPraise(Term term) {
		return term != null && term.isSentiment() && term.value() > 0 && term.value() < MILD_PRAISE;
	}

	private static final double MILD_PRAISE = 1.5;

	/**
	 * The strongest complaint that hypothetical praise makes ("would have been perfect").
	 */
	static final double IRREALIS_PRAISE = 0.8;

	private static final int IRREALIS_REACH = 4;

	/**
	 * "would have been perfect if the sleeves were longer", "habría sido perfecto si":
	 * praise in the next few words of the clause did not happen, so it reads as a mild
	 * complaint (half a negation, capped); complaints there are left as they are.
	 */
	private static void weighIrrealis(List<Token> tokens, Term[] terms, int[] spans, double[] valences) {
		for (int i = 0; i < tokens.size(); i++) {
			if (terms[i] == null || terms[i].kind() != Term.Kind.IRREALIS) {
				continue;
			}
			int end = Math.min(tokens.size(), i + spans[i] + IRREALIS_REACH);
			for (int k = i + spans[i]; k < end && !tokens.get(k).isPunct(); k++) {
				Term term = terms[k];
				if (term != null && (term.kind() == Term.Kind.CONTRAST || term.kind() == Term.Kind.CONCESSION)) {
					break;
				}
				if (valences[k] > 0) {
					valences[k] = -Math.min(valences[k] * -NEGATION / 2, IRREALIS_PRAISE);
				}
			}
		}
	}

	/** After "yeah right" or "gracias por nada", praise in the same text is ironic. */
	private static void turnIronicPraise(Term[] terms, double[] valences) {
		boolean ironic = false;
		for (int i = 0; i < terms.length; i++) {
			if (terms[i] != null && terms[i].kind() == Term.Kind.SARCASM) {
				ironic = true;
				valences[i] = terms[i].value();
			}
		}
		for (int i = 0; ironic && i < valences.length; i++) {
			if (valences[i] > 0) {
				valences[i] *= NEGATION;
			}
		}
	}

	/** "bien rico", "super bueno": the first word intensifies the second. */
	private static boolean actsAsBooster(Term[] terms, int i, int n) {
		return terms[i].boost() != 0 && i + 1 < n && terms[i + 1] != null && terms[i + 1].isSentiment();
	}

	/** "nada mal", "no funciona": a phrase with its own negation is not flipped again. */
	private static boolean holdsNegation(List<Token> tokens, int at, int span, SentimentLexicon lexicon) {
		for (int k = at; k < at + span && span > 1; k++) {
			PhraseIndex.Match<Term> word = lexicon.termAt(tokens.subList(k, k + 1), 0);
			if (word != null && word.value().kind() == Term.Kind.NEGATOR) {
				return true;
			}
		}
		return false;
	}

	/**
	 * In each sentence, what precedes a contrast ("but", "pero") weighs half and what
	 * follows it half as much again; a concession ("aunque") weighs half up to the next
	 * punctuation.
	 */
	private static void weighContrasts(List<Token> tokens, Term[] terms, double[] valences) {
		int sentenceStart = 0;
		boolean inConcession = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			Term term = terms[i];
			if (token.isPunct()) {
				inConcession = false;
				if (isSentenceEnd(token)) {
					sentenceStart = i + 1;
				}
			}
			else if (term != null && term.kind() == Term.Kind.CONTRAST) {
				for (int k = sentenceStart; k < i; k++) {
					valences[k] *= 0.5;
				}
				int end = i + 1;
				while (end < tokens.size() && !isSentenceEnd(tokens.get(end))) {
					valences[end] *= 1.5;
					end++;
				}
				sentenceStart = i + 1;
			}
			else if (term != null && term.kind() == Term.Kind.CONCESSION) {
				inConcession = true;
			}
			else if (inConcession) {
				valences[i] *= 0.5;
			}
		}
	}

	private static boolean isSentenceEnd(Token token) {
		return token.isPunct() && ".!?;".contains(token.form());
	}

	private static boolean hasLowerCase(List<Token> tokens) {
		for (Token token : tokens) {
			if (token.isWord() && !token.allCaps()) {
				for (int k = 0; k < token.text().length(); k++) {
					if (Character.isLowerCase(token.text().charAt(k))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static int count(Term[] terms, Term.Kind kind) {
		int count = 0;
		for (Term term : terms) {
			if (term != null && term.kind() == kind) {
				count++;
			}
		}
		return count;
	}

	private static int exclamations(List<Token> tokens) {
		int count = 0;
		for (Token token : tokens) {
			if (token.isPunct() && token.form().equals("!")) {
				count++;
			}
		}
		return Math.min(count, 4);
	}

}
