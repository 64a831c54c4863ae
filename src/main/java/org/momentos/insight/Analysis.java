package org.momentos.insight;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine reads in one text: the enrichment of a signal.
 *
 * @param language the language it is written in
 * @param sentiment the overall sentiment
 * @param aspects what the customer talks about, each with its polarity, in text order
 * @param themes the ids of the themes touched, in order of first mention
 * @param moment the moment of truth it speaks of, when the text says
 * @param effort the customer effort it reports
 * @param flags urgent cues
 */
public record Analysis(Language language, Sentiment sentiment, List<Aspect> aspects, List<String> themes,
		Optional<InferredMoment> moment, Effort effort, Set<Flag> flags) {

	public Analysis {
		aspects = List.copyOf(aspects);
		themes = List.copyOf(themes);
		flags = Set.copyOf(flags);
	}

	/** Whether the text carries the given flag. */
	public boolean has(Flag flag) {
		return this.flags.contains(flag);
	}

}
