package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.momentos.insight.Analysis;
import org.momentos.insight.Aspect;
import org.momentos.insight.Effort;
import org.momentos.insight.Flag;
import org.momentos.insight.InferredMoment;
import org.momentos.insight.Language;
import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;
import org.momentos.insight.Theme;
import org.momentos.insight.ThemeTaxonomy;
import org.momentos.platform.HtmlEntities;

/** Reads one text: language, sentiment, aspects, themes, moment, effort and flags. */
public final class InsightEngine {

	private final Lexicons lexicons;

	private final ThemeMatcher themes;

	public InsightEngine(ThemeTaxonomy taxonomy) {
		this.lexicons = Lexicons.shared();
		this.themes = new ThemeMatcher(taxonomy);
	}

	/** Whether the text thanks: thanks in a post to a brand are praise of what it did. */
	private boolean thanks(List<Token> tokens) {
		for (Token token : tokens) {
			if (this.lexicons.spanish().isPolite(token) || this.lexicons.english().isPolite(token)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text is addressed to someone: "@airline ...". */
	static boolean addressesSomeone(String text) {
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && at + 1 < text.length()
					&& (Character.isLetterOrDigit(text.charAt(at + 1)) || text.charAt(at + 1) == '_')) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The rating the writer gives in the text itself ("I gave it 3 stars because"), on a
	 * 1-5 scale: when there is one, it decides the label.
	 */
	public static OptionalDouble statedRating(String text) {
		return SelfRating.of(text);
	}

	/**
	 * The bare 0-10 score the writer gives in the text, as in an NPS answer ("Gave a 7
	 * because"): {@link #statedRating} reads 6 and 7 as 3 stars, 8 to 10 as 4 to 5.
	 */
	public static OptionalInt statedScore(String text) {
		return SelfRating.score(text);
	}

	public static String version() {
		return Lexicons.shared().version();
	}

	public Analysis analyze(String written, Language hint) {
		Reading reading = read(written, hint);
		String text = reading.text();
		List<Token> tokens = reading.tokens();
		Language language = reading.language();
		ScoredText scored = reading.scored();
		Map<Cue, Integer> cues = this.lexicons.cues().count(tokens, language);
		boolean addressed = reading.addressed();
		Sentiment sentiment = (!addressed && EmptyAnswers.is(tokens)) ? Sentiment.NEUTRAL
				: Polarity.rated(
						Polarity.judged(scored, tokens.size(), complaintMass(cues, asksOnly(tokens, scored)),
								this.lexicons.model(language, tokens.size(), addressed), addressed && !thanks(tokens)),
						SelfRating.of(text));
		List<ThemeMatcher.Mention> mentions = this.themes.mentions(tokens, language);
		List<Aspect> aspects = aspects(tokens, scored, mentions);
		Set<Flag> flags = flags(cues, sentiment);
		Effort effort = effort(cues, sentiment);
		Optional<InferredMoment> moment = MomentInference.infer(cues, mentions, sentiment, effort, flags);
		return new Analysis(language, sentiment, aspects, themeIds(mentions), moment, effort, flags);
	}

	/**
	 * The features the sentiment model reads for a text, for training it
	 * ({@link SentimentFeatures}).
	 */
	public double[] sentimentFeatures(String written, Language hint) {
		Reading reading = read(written, hint);
		List<Token> tokens = reading.tokens();
		double extra = complaintMass(this.lexicons.cues().count(tokens, reading.language()),
				asksOnly(tokens, reading.scored()));
		return SentimentFeatures.of(reading.scored(), tokens.size(), extra);
	}

	/**
	 * The sentiment towards one target word or phrase of the text, for aspect-level
	 * evaluation.
	 */
	public Sentiment sentimentTowards(String written, String target, Language hint) {
		Reading reading = read(written, hint);
		List<Token> tokens = reading.tokens();
		ScoredText scored = reading.scored();
		List<ThemeMatcher.Mention> mentions = new ArrayList<>(this.themes.mentions(tokens, reading.language()));
		ThemeMatcher.Mention targetMention = find(tokens, target);
		if (targetMention == null) {
			return Polarity.of(scored, 0);
		}
		mentions.removeIf((m) -> m.at() < targetMention.at() + targetMention.length()
				&& targetMention.at() < m.at() + m.length());
		mentions.add(targetMention);
		mentions.sort(java.util.Comparator.comparingInt(ThemeMatcher.Mention::at));
		double[] felt = AspectPolarity.assign(scored, mentions, tokens);
		return AspectPolarity.sentiment(felt[mentions.indexOf(targetMention)]);
	}

	/**
	 * A text as the engine reads it: HTML entities decoded, tokens, its language (the
	 * hint unless it is {@link Language#UND}), the lexicon's scores and whether it is
	 * addressed to someone.
	 */
	private record Reading(String text, List<Token> tokens, Language language, ScoredText scored, boolean addressed) {

	}

	private Reading read(String written, Language hint) {
		String text = HtmlEntities.decode(written);
		List<Token> tokens = Tokenizer.tokenize(text);
		Language language = (hint == Language.UND) ? this.lexicons.guesser().guess(text, tokens) : hint;
		ScoredText scored = score(text, tokens, language);
		boolean addressed = addressesSomeone(text);
		// a middling title ("Normal. El hotel...") is the verdict of a review; a post
		// that answers someone ("@airline Ok. We will...") has no title
		if (!addressed) {
			scored = scored.withMoreMixedVerdicts(MiddlingTitles.count(tokens, scored.positive() > scored.negative()));
		}
		return new Reading(text, tokens, language, scored, addressed);
	}

	/**
	 * The lexicon's reading of a text, with the praise it only quotes silenced, a survey
	 * answer's demand ({@link Demands}) and a delivery short of what was paid for
	 * ({@link ShortDeliveries}) marked.
	 */
	private ScoredText score(String text, List<Token> tokens, Language language) {
		ScoredText scored = score(tokens, language);
		QuotedPraise.silence(text, tokens, scored.valences());
		return scored.withMoreHits(
				Demands.weigh(text, tokens, scored.valences()) + ShortDeliveries.weigh(tokens, scored.valences()));
	}

	private ScoredText score(List<Token> tokens, Language language) {
		return switch (language) {
			case ES -> SentimentScorer.score(tokens, this.lexicons.spanish());
			case EN -> SentimentScorer.score(tokens, this.lexicons.english());
			case UND -> {
				ScoredText spanish = SentimentScorer.score(tokens, this.lexicons.spanish());
				ScoredText english = SentimentScorer.score(tokens, this.lexicons.english());
				// as many words known in both: the reading that finds an opinion
				// ("Overcooked pasta")
				boolean englishReads = english.hits() > spanish.hits() || (english.hits() == spanish.hits()
						&& english.positive() + english.negative() > spanish.positive() + spanish.negative());
				yield englishReads ? english : spanish;
			}
		};
	}

	private static ThemeMatcher.Mention find(List<Token> tokens, String target) {
		List<Token> words = Tokenizer.tokenize(target);
		if (words.isEmpty()) {
			return null;
		}
		for (int i = 0; i + words.size() <= tokens.size(); i++) {
			boolean all = true;
			for (int k = 0; k < words.size() && all; k++) {
				all = tokens.get(i + k).form().equals(words.get(k).form());
			}
			if (all) {
				return new ThemeMatcher.Mention(new Theme("target", target, target, Optional.empty(), Map.of()), i,
						words.size());
			}
		}
		return null;
	}

	private static List<Aspect> aspects(List<Token> tokens, ScoredText scored, List<ThemeMatcher.Mention> mentions) {
		double[] felt = AspectPolarity.assign(scored, mentions, tokens);
		List<Aspect> aspects = new ArrayList<>(mentions.size());
		for (int m = 0; m < mentions.size(); m++) {
			ThemeMatcher.Mention mention = mentions.get(m);
			StringBuilder text = new StringBuilder();
			for (int k = mention.at(); k < mention.at() + mention.length(); k++) {
				text.append((k > mention.at()) ? " " : "").append(tokens.get(k).text());
			}
			aspects.add(new Aspect(text.toString(), mention.theme().id(), AspectPolarity.sentiment(felt[m]).label()));
		}
		return aspects;
	}

	private static List<String> themeIds(List<ThemeMatcher.Mention> mentions) {
		Set<String> ids = new LinkedHashSet<>();
		for (ThemeMatcher.Mention mention : mentions) {
			ids.add(mention.theme().id());
		}
		return new ArrayList<>(ids);
	}

	/**
	 * Customer-service cues weigh on the sentiment even without an opinion word: "I had
	 * to call three times" is a complaint. A failure ("my refund", "lost bag") or a weak
	 * effort cue ("on hold", "waited") only leans that way: alone it stays under the
	 * opinion a text needs ({@link SentimentFeatures#MINIMUM_MASS}). A question about
	 * leaving that complains of nothing ("¿cuánto cuesta la portabilidad?", "if I cancel
	 * on the 3rd, do you charge the month?") asks, and weighs nothing; the churn flag is
	 * still raised.
	 */
	private static double complaintMass(Map<Cue, Integer> cues, boolean asksOnly) {
		boolean churns = cues.containsKey(Cue.CHURN) && !asksOnly;
		return 1.2 * cues.getOrDefault(Cue.EFFORT2, 0) + 2.0 * (churns ? 1 : 0)
				+ 2.0 * (cues.containsKey(Cue.LEGAL) ? 1 : 0) + 1.5 * (cues.containsKey(Cue.SAFETY) ? 1 : 0)
				+ 0.4 * Math.min(cues.getOrDefault(Cue.FAILURE, 0), 2)
				+ 0.4 * Math.min(cues.getOrDefault(Cue.EFFORT, 0), 2);
	}

	/**
	 * A text that asks a question, complains of nothing and exclaims nothing ("What have
	 * you done with it?!" is no plain question).
	 */
	private static boolean asksOnly(List<Token> tokens, ScoredText scored) {
		if (scored.negative() > 0 || scored.exclamations() > 0) {
			return false;
		}
		return tokens.stream().anyMatch(QuestionsAndRequests::isQuestionMark);
	}

	private static Set<Flag> flags(Map<Cue, Integer> cues, Sentiment sentiment) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		// "never again" after a great meal is praise, not a threat to leave.
		if (cues.containsKey(Cue.CHURN) && sentiment.label() != SentimentLabel.POSITIVE) {
			flags.add(Flag.CHURN_THREAT);
		}
		if (cues.containsKey(Cue.LEGAL)) {
			flags.add(Flag.LEGAL_THREAT);
		}
		if (cues.containsKey(Cue.SAFETY) && sentiment.label() != SentimentLabel.POSITIVE) {
			flags.add(Flag.SAFETY);
		}
		return flags;
	}

	private static Effort effort(Map<Cue, Integer> cues, Sentiment sentiment) {
		int strong = cues.getOrDefault(Cue.EFFORT2, 0);
		int weak = (sentiment.label() == SentimentLabel.POSITIVE) ? 0 : cues.getOrDefault(Cue.EFFORT, 0);
		int points = 2 * strong + weak;
		if (points >= 2) {
			return Effort.HIGH;
		}
		if (points == 1) {
			return Effort.MEDIUM;
		}
		return cues.containsKey(Cue.EASE) ? Effort.LOW : Effort.UNKNOWN;
	}

}
