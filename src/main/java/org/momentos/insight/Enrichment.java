package org.momentos.insight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * What text analytics added to a stored signal.
 *
 * @param signal the signal
 * @param workspace whose it is
 * @param engineVersion the engine that made it ({@link TextAnalyzer#engineVersion()})
 * @param analysis what the engine read, or empty for a signal without text (scores only)
 * @param analysedAt when
 */
public record Enrichment(SignalId signal, WorkspaceId workspace, String engineVersion, Optional<Analysis> analysis,
		Instant analysedAt) {

	/** The aspects found, in text order; none for a signal without text. */
	public List<Aspect> aspects() {
		return this.analysis.map(Analysis::aspects).orElse(List.of());
	}

	public Optional<Sentiment> sentiment() {
		return this.analysis.map(Analysis::sentiment);
	}

	public Set<Flag> flags() {
		return this.analysis.map(Analysis::flags).orElse(Set.of());
	}

}
