package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

/**
 * Reads the sentiment of a token list with a lexicon, in the manner of VADER (Hutto and
 * Gilbert, 2014): each sentiment term gets its valence, strengthened by boosters,
 * capitals and elongation, flipped by a negation up to three words before it, halved
 * before a contrast and raised after it, halved inside a concession. The words that shift
 * valences after they are read are in {@link ExcessWords} and {@link ValenceShifters}.
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
		ProperNames.drop(tokens, terms);
		QuickService.mark(tokens, terms);
		RepeatIntent.mark(tokens, terms, spans, lexicon);
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
			if (token.isPunct() || (term != null && term.turnsClause())) {
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
		hits += ExcessWords.weigh(tokens, terms, spans, valences);
		DiscourseMarkers.silence(tokens, valences);
		ValenceShifters.turnEaseOfComplaints(tokens, terms, valences);
		ValenceShifters.weighIrrealis(tokens, terms, spans, valences);
		ValenceShifters.turnIronicThanks(tokens, terms, spans, valences);
		ValenceShifters.weighContrasts(tokens, terms, valences);
		Comparisons.silenceWhatIsComparedWith(tokens, terms, valences);
		Comparisons.turnStatesThatEnded(tokens, spans, valences);
		Comparisons.turnPraiseThatIsOver(tokens, valences);
		FearedOutcomes.silence(tokens, terms, valences);
		Remedies.silenceWhatWasFixed(tokens, terms, valences);
		Remedies.silenceWhatWentAway(tokens, terms, valences);
		QuestionsAndRequests.weighQuestions(tokens, terms, valences);
		QuestionsAndRequests.weighPoliteThanks(tokens, spans, valences, lexicon);
		QuestionsAndRequests.weighConditions(tokens, valences, lexicon);
		QuestionsAndRequests.weighRequestsForBetter(tokens, valences);
		AnotherSetback.turnPraise(tokens, terms, spans, valences);
		IronicPraise.turnPraiseForTasteOfSetbacks(tokens, terms, valences);
		IronicPraise.turnBareIronicPraise(tokens, terms, spans, valences);
		SoMuchFor.turn(tokens, valences);
		IronicPraise.turnIronicPraise(tokens, terms, valences);
		return new ScoredText(valences, segments, sentences, hits, exclamations(tokens),
				count(terms, Term.Kind.NEGATOR), count(terms, Term.Kind.CONTRAST),
				QuestionsAndRequests.countMixedVerdicts(tokens, terms));
	}

	private static double valence(List<Token> tokens, Term[] terms, int[] spans, int i, boolean shouting,
			SentimentLexicon lexicon) {
		Term term = terms[i];
		// "in less than a minute", "en menos de un minuto": a time, not a negation
		if (term == QuickService.QUICK) {
			return term.value();
		}
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
		boolean cannot = false;
		int distance = 0;
		for (int j = i - 1; j >= 0 && distance < 3; j--) {
			if (tokens.get(j).isPunct() || NegationScope.opensNewClause(tokens, j)) {
				break;
			}
			Term before = terms[j];
			if (before != null) {
				if (before.turnsClause()) {
					break;
				}
				if (before.kind() == Term.Kind.NEGATOR && (distance == 0 || !SCANT.contains(tokens.get(j).form()))) {
					negated = !NegationScope.isEmphaticNever(tokens, j, i);
					cannot |= CannotEnough.negatesAbility(tokens.get(j));
				}
				else if (distance == 0 && v > 0 && negativeWithNegation(tokens, terms, spans, j, lexicon)) {
					// "no agarra bien", "doesn't hold well": the praise says how it fails
					negated = true;
				}
				else if (before.kind() == Term.Kind.BOOSTER) {
					v += sign * before.value() * DISTANCE[distance];
				}
				else if (before.boost() != 0 && distance == 0) {
					v += sign * before.boost();
				}
			}
			if (before == null && (lexicon.isTransparent(tokens.get(j)) || insidePhrase(spans, j))) {
				continue;
			}
			distance++;
		}
		Remedies.Remedy remedy = (v < 0 && token.isWord()) ? Remedies.before(tokens, terms, i) : Remedies.Remedy.NONE;
		if (remedy == Remedies.Remedy.TAKEN_AWAY) {
			return negate(v);
		}
		if (remedy == Remedies.Remedy.KEPT) {
			return v;
		}
		if (cannot && v > 0 && CannotEnough.follows(tokens, i)) {
			return v + sign * CannotEnough.PRAISE;
		}
		if (negated && token.isWord() && !isSwear(term) && !holdsNegation(tokens, i, spans[i], lexicon)) {
			v = negate(v);
		}
		return v;
	}

	/**
	 * Words of little that lower only the word right after them: "poco amable", "poca
	 * calidad", but not "en poco tiempo y bien embalado".
	 */
	private static final Set<String> SCANT = Set.of("poco", "poca", "pocos", "pocas");

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

	/**
	 * Whether a token is a later word of a phrase that starts before it: "longer" in "no
	 * longer", which counts as one word of the three a negation reaches ("you no longer
	 * have my trust").
	 */
	static boolean insidePhrase(int[] spans, int at) {
		for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
			if (spans[k] > 0) {
				return k + spans[k] > at;
			}
		}
		return false;
	}

	/**
	 * A swear word that also intensifies ("damn", "fucking"): alone it is frustration,
	 * and a negation before it does not turn it ("they aren't doing a damn thing").
	 */
	private static boolean isSwear(Term term) {
		return term.kind() == Term.Kind.SENTIMENT && term.value() < 0 && term.boost() > 0;
	}

	/** "bien rico", "super bueno": the first word intensifies the second. */
	private static boolean actsAsBooster(Term[] terms, int i, int n) {
		return terms[i].boost() != 0 && i + 1 < n && terms[i + 1] != null && terms[i + 1].isSentiment();
	}

	/** A complaint phrase that holds its own negation: "no agarra", "no cierra". */
	private static boolean negativeWithNegation(List<Token> tokens, Term[] terms, int[] spans, int at,
			SentimentLexicon lexicon) {
		return terms[at].isSentiment() && terms[at].value() < 0 && holdsNegation(tokens, at, spans[at], lexicon);
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

	static boolean isSentenceEnd(Token token) {
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
