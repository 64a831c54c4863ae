package org.momentos.analytics;

import java.time.Duration;
import java.time.Instant;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * Every received signal is analysed and judged in the background. Tests that judge a
 * signal with a reading of their own first let that automatic verdict land, so theirs is
 * the last.
 */
final class AutomaticVerdicts {

	private AutomaticVerdicts() {
	}

	static void awaitFor(Verdicts verdicts, WorkspaceId workspace, SignalId signal) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (verdicts.verdictOf(workspace, signal).isEmpty()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("signal " + signal + " was never judged");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
