package org.momentos.insight.internal;

import java.util.OptionalDouble;

import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;

/**
 * Turns the valences of a text into a label and a score in [-1, 1]. The score is the
 * balance of positive and negative mass, {@code (pos - neg) / (pos + neg + 1)}, so a long
 * review that praises the fabric and regrets the fit reads as mixed, where a plain sum
 * (as in VADER) would saturate at one end.
 */
public final class Polarity {

	static final double EXCLAMATION = 0.292;

	/** Keeps one weak word ("ok") from reading as a full-strength opinion. */
	private static final double DAMPING = 1;

	/** Balances under this are neutral; chosen on several corpora at once, not one. */
	static final double THRESHOLD = 0.25;

	/** Net valence under which a text is neutral whatever its balance. */
	private static final double MINIMUM = 0.5;

	/**
	 * How far a short text must lean to the negative (probability of negative minus that
	 * of positive) for its neutral reading to be a complaint.
	 */
	static final double COMPLAINT_LEAN = 0.1;

	/**
	 * Texts under this many tokens are a post or a sentence, where a neutral reading that
	 * leans negative is a complaint; longer ones are reviews, where it is a mixed
	 * verdict.
	 */
	static final int SHORT_TEXT = 40;

	/**
	 * How far the praise of a post addressed to a brand must outweigh its complaints
	 * (probability of positive minus that of negative) for the post not to be a
	 * complaint. Chosen on the read half of the English airline posts (0.3 to 0.6 give
	 * within 0.003 of each other there), checked on the halves never read.
	 */
	static final double PRAISE_MARGIN = 0.5;

	/**
	 * A text of {@link #MIDDLING_TOKENS} tokens or more that gives a middling verdict in
	 * so many words ("nada especial", "mixed feelings", "does the job") is neutral unless
	 * it leans this far one way (P(positive) - P(negative)): a 3-star review says what it
	 * liked and what it did not, and then says it was so-so.
	 */
	static final double MIDDLING_LEAN = 0.7;

	/** Below this many tokens a middling word ("ok") is as often a reply as a verdict. */
	static final int MIDDLING_TOKENS = 15;

	/**
	 * How far a longer text (a review) the model calls neutral must lean to the negative
	 * for it to be a complaint, when it does not call itself so-so: a 2-star review tells
	 * its complaints as facts and keeps a few kind words, so it reads as a mild mix.
	 * Chosen on our written and blind long reviews (0.2-0.35 all raise them) as the
	 * largest lean that lowers no other set; food reviews +0.002.
	 */
	static final double LONG_COMPLAINT_LEAN = 0.35;

	private Polarity() {
	}

	/**
	 * The sentiment of a text; {@code extraNegative} is mass from customer-service cues
	 * (effort, threats) that the lexicon does not see.
	 */
	public static Sentiment of(ScoredText scored, double extraNegative) {
		double positive = scored.positive();
		double negative = scored.negative() + extraNegative;
		double net = positive - negative;
		if (net != 0) {
			double emphasis = Math.signum(net) * scored.exclamations() * EXCLAMATION;
			net += emphasis;
			positive += Math.max(emphasis, 0);
			negative -= Math.min(emphasis, 0);
		}
		double score = net / (positive + negative + DAMPING);
		score = Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000.0));
		return new Sentiment(label(score, net), score);
	}

	/**
	 * The sentiment of a text as the trained model judges it from the lexicon's reading;
	 * a text without opinion mass stays neutral whatever the model's priors. The score is
	 * the probability of positive minus that of negative. The model learnt its neutral
	 * class from whole reviews, where neutral is a mixed verdict; in a post or a single
	 * sentence that leans negative and says nothing lukewarm ("meh", "ni fu ni fa") the
	 * customer is complaining, so it reads as negative; a longer one too when it leans
	 * past {@link #LONG_COMPLAINT_LEAN}. A short post addressed to a brand
	 * ({@code addressed}: "@airline ...") that carries any complaint is a complaint
	 * unless its praise clearly outweighs it: "@airline the upgrade was amazing, shame
	 * about the wifi". The caller passes {@code addressed} false for a post that thanks,
	 * whose thanks praise what the brand did. A review that says it was so-so and leans
	 * under {@link #MIDDLING_LEAN} either way is neutral, and so is a shorter text that
	 * weighs up before it says so ({@link #weighsUp}).
	 */
	public static Sentiment judged(ScoredText scored, int tokens, double extraNegative, SentimentModel model,
			boolean addressed) {
		double[] features = SentimentFeatures.of(scored, tokens, extraNegative);
		if (!SentimentFeatures.expressOpinion(features)) {
			return of(scored, extraNegative);
		}
		double[] p = model.probabilities(features);
		double score = Math.round((p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()]) * 1000)
				/ 1000.0;
		SentimentLabel label = SentimentModel.mostLikely(p);
		double complaintLean = (tokens < SHORT_TEXT) ? COMPLAINT_LEAN : LONG_COMPLAINT_LEAN;
		if (label == SentimentLabel.NEUTRAL && score <= -complaintLean && scored.mixedVerdicts() == 0) {
			label = SentimentLabel.NEGATIVE;
		}
		if (label != SentimentLabel.NEUTRAL && scored.mixedVerdicts() > 0 && Math.abs(score) < MIDDLING_LEAN
				&& (tokens >= MIDDLING_TOKENS || weighsUp(scored))) {
			label = SentimentLabel.NEUTRAL;
		}
		if (addressed && label != SentimentLabel.NEGATIVE && scored.negative() + extraNegative > 0
				&& score < PRAISE_MARGIN && tokens < SHORT_TEXT && scored.mixedVerdicts() == 0) {
			label = SentimentLabel.NEGATIVE;
		}
		return agreeing(label, score);
	}

	/**
	 * The least a score leans to the side of its label when a reading rule, not the
	 * model, chose that label.
	 */
	static final double LEAST_LEAN = 0.1;

	/**
	 * The most a neutral text's score leans either way: the widest the model gives a text
	 * it calls neutral itself (the neutral probability is then the largest, so
	 * P(positive) - P(negative) stays under one half). A so-so review the model leaned
	 * further on ("Normal. ... la habitación limpia y el desayuno variado") keeps the
	 * direction.
	 */
	static final double NEUTRAL_LEAN = 0.5;

	/**
	 * A sentiment whose score never contradicts its label: when a reading rule calls a
	 * text the model leans to praise a complaint ("@airline the only solution they gave
	 * me after insisting..."), or a rating of four stars comes with a complaining text,
	 * the score is moved to the label's side ({@link #LEAST_LEAN}), so that an analyst
	 * never reads "negative +0.50" and averages of scores agree with counts of labels; a
	 * neutral score stays within {@link #NEUTRAL_LEAN}.
	 */
	static Sentiment agreeing(SentimentLabel label, double score) {
		return switch (label) {
			case NEGATIVE -> new Sentiment(label, Math.min(score, -LEAST_LEAN));
			case POSITIVE -> new Sentiment(label, Math.max(score, LEAST_LEAN));
			case NEUTRAL -> new Sentiment(label, Math.max(-NEUTRAL_LEAN, Math.min(NEUTRAL_LEAN, score)));
		};
	}

	/** Up to this many stars of five a writer's own rating is a complaint. */
	private static final double NEGATIVE_STARS = 2.5;

	/** From this many stars of five a writer's own rating is praise. */
	private static final double POSITIVE_STARS = 3.5;

	/**
	 * A rating the writer gives in so many words ({@link SelfRating}: "I gave it 3 stars
	 * because", "le quito una estrella") decides the label; the score is the mean of the
	 * reading's score and the rating's place on the scale.
	 */
	static Sentiment rated(Sentiment read, OptionalDouble stars) {
		if (stars.isEmpty()) {
			return read;
		}
		double given = stars.getAsDouble();
		SentimentLabel label = (given < NEGATIVE_STARS) ? SentimentLabel.NEGATIVE
				: (given < POSITIVE_STARS) ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
		double score = Math.round((read.score() + (given - 3) / 2) / 2 * 1000) / 1000.0;
		return agreeing(label, score);
	}

	/**
	 * A short text that weighs up (praise and a complaint, or a "but") and then says it
	 * is so-so ("Rico pero caro, normalito", "Good food, slow service, average overall"),
	 * or says so-so twice and nothing else ("Regular, ni fu ni fa"): under
	 * {@link #MIDDLING_TOKENS} a middling word alone ("ok", "meh", "nothing special") is
	 * too often a reply, or a sentence labelled by its lean, to count; after weighing up,
	 * or said twice, it is the verdict.
	 */
	private static boolean weighsUp(ScoredText scored) {
		return scored.contrasts() > 0 || (scored.positive() > 0 && scored.negative() > 0)
				|| (scored.mixedVerdicts() >= 2 && scored.mixedVerdicts() >= scored.hits());
	}

	private static SentimentLabel label(double score, double net) {
		if (Math.abs(net) < MINIMUM) {
			return SentimentLabel.NEUTRAL;
		}
		if (score >= THRESHOLD) {
			return SentimentLabel.POSITIVE;
		}
		return (score <= -THRESHOLD) ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
	}

}
