package org.momentos.insight;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * The enrichments of stored signals, for the modules that read them (analytics, recovery,
 * pages). Signals are enriched on arrival; {@link #reanalyze} makes them again after an
 * engine upgrade.
 */
public interface Enrichments {

	/** The enrichment of a signal of this workspace, if it has been analysed. */
	Optional<Enrichment> of(WorkspaceId workspace, SignalId signal);

	/**
	 * The enrichments of these signals of this workspace, by signal; signals not analysed
	 * yet (or of another workspace) are missing.
	 */
	Map<SignalId, Enrichment> of(WorkspaceId workspace, Collection<SignalId> signals);

	/**
	 * Analyses again the signals of one workspace (or of all when empty) whose enrichment
	 * is missing or was made by another engine version; with {@code everything}, every
	 * signal. Reports {@code (done, total)} after each batch.
	 * @return how many enrichments were written
	 */
	long reanalyze(Optional<WorkspaceId> workspace, boolean everything, Progress progress);

	/** Told how far a long run has got. */
	@FunctionalInterface
	interface Progress {

		void advanced(long done, long total);

	}

}
