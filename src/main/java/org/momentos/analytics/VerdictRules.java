package org.momentos.analytics;

import java.util.EnumSet;
import java.util.Set;

import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;

/**
 * The rules that turn a signal's facts into a verdict; a workspace may adjust every
 * threshold. In order: a critical flag makes it CRITICAL; a bad signal (detractor, low
 * CSAT, hard effort, low rating or clearly negative text) is CRITICAL at a critical
 * moment or when its text is severely negative, BAD otherwise; a promoter, top CSAT or
 * five stars whose text (if any) is positive enough is MAGIC; anything else is NEUTRAL.
 *
 * @param detractorMaxNps NPS up to this is a detractor (default 6)
 * @param promoterMinNps NPS from this is a promoter (default 9)
 * @param badMaxCsat CSAT up to this is bad (default 2)
 * @param magicMinCsat CSAT from this can be magic (default 5)
 * @param badMaxCes CES up to this is hard effort (default 3)
 * @param badMaxRating rating up to this is bad (default 2)
 * @param magicMinRating rating from this can be magic (default 5)
 * @param badSentiment sentiment up to this is negative enough to be bad (default -0.35)
 * @param severeSentiment sentiment up to this is severe, always critical (default -0.8)
 * @param magicSentiment a text must be at least this positive for magic (default 0.5)
 * @param criticalMoments where a bad signal is critical (default FIRST and FAILURE)
 * @param criticalFlags flags that make any signal critical (default all)
 */
public record VerdictRules(int detractorMaxNps, int promoterMinNps, int badMaxCsat, int magicMinCsat, int badMaxCes,
		double badMaxRating, double magicMinRating, double badSentiment, double severeSentiment, double magicSentiment,
		Set<MomentKind> criticalMoments, Set<Flag> criticalFlags) {

	public static final VerdictRules DEFAULTS = new VerdictRules(6, 9, 2, 5, 3, 2.0, 5.0, -0.35, -0.8, 0.5,
			EnumSet.of(MomentKind.FIRST, MomentKind.FAILURE), EnumSet.allOf(Flag.class));

	public VerdictRules {
		criticalMoments = Set.copyOf(criticalMoments);
		criticalFlags = Set.copyOf(criticalFlags);
		if (detractorMaxNps >= promoterMinNps || badMaxCsat >= magicMinCsat || badMaxRating >= magicMinRating) {
			throw new IllegalArgumentException("bad thresholds must stay below magic thresholds");
		}
		if (severeSentiment > badSentiment || badSentiment >= magicSentiment) {
			throw new IllegalArgumentException("sentiment thresholds must be severe <= bad < magic");
		}
	}

	/** The verdict and the rule that decided it. */
	public Judgement judge(SignalFacts facts) {
		if (facts.flags().stream().anyMatch(this.criticalFlags::contains)) {
			return new Judgement(Verdict.CRITICAL, Reason.CRITICAL_FLAG);
		}
		if (isBad(facts)) {
			if (facts.sentiment() != null && facts.sentiment() <= this.severeSentiment) {
				return new Judgement(Verdict.CRITICAL, Reason.SEVERE_TEXT);
			}
			if (facts.moment() != null && this.criticalMoments.contains(facts.moment())) {
				return new Judgement(Verdict.CRITICAL, Reason.BAD_AT_CRITICAL_MOMENT);
			}
			return new Judgement(Verdict.BAD, Reason.BAD_SCORE_OR_TEXT);
		}
		if (isDelighted(facts) && (facts.sentiment() == null || facts.sentiment() >= this.magicSentiment)) {
			return new Judgement(Verdict.MAGIC, Reason.DELIGHTED);
		}
		return new Judgement(Verdict.NEUTRAL, Reason.NOTHING_REMARKABLE);
	}

	private boolean isBad(SignalFacts facts) {
		return (facts.nps() != null && facts.nps() <= this.detractorMaxNps)
				|| (facts.csat() != null && facts.csat() <= this.badMaxCsat)
				|| (facts.ces() != null && facts.ces() <= this.badMaxCes)
				|| (facts.rating() != null && facts.rating() <= this.badMaxRating)
				|| (facts.sentiment() != null && facts.sentiment() <= this.badSentiment && !isDelighted(facts));
	}

	private boolean isDelighted(SignalFacts facts) {
		boolean scoredTop = (facts.nps() != null && facts.nps() >= this.promoterMinNps)
				|| (facts.csat() != null && facts.csat() >= this.magicMinCsat)
				|| (facts.rating() != null && facts.rating() >= this.magicMinRating);
		boolean noScore = facts.nps() == null && facts.csat() == null && facts.rating() == null && facts.ces() == null;
		return scoredTop || (noScore && facts.sentiment() != null && facts.sentiment() >= 0.8);
	}

	/** A verdict with the rule that decided it, so the UI can say why. */
	public record Judgement(Verdict verdict, Reason reason) {
	}

	/** Which rule decided a verdict. */
	public enum Reason {

		CRITICAL_FLAG, SEVERE_TEXT, BAD_AT_CRITICAL_MOMENT, BAD_SCORE_OR_TEXT, DELIGHTED, NOTHING_REMARKABLE

	}

}
