package org.momentos.demo;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/** Fills a workspace's published touchpoints with generated feedback, in batches. */
@Service
public class DemoData {

	static final int BATCH = 5_000;

	static final int DAYS = 365;

	private final Journeys journeys;

	private final Signals signals;

	DemoData(Journeys journeys, Signals signals) {
		this.journeys = journeys;
		this.signals = signals;
	}

	/**
	 * Adds {@code count} signals over the last year and reports the running total after
	 * each batch; returns how many were stored.
	 */
	public long load(WorkspaceAccess access, int count, LongConsumer progress) {
		return load(access, count, DAYS, progress);
	}

	/**
	 * Adds {@code count} signals over the last {@code days} days (at least 28, so the
	 * planted incident three weeks ago is inside) and reports the running total after
	 * each batch; returns how many were stored.
	 */
	public long load(WorkspaceAccess access, int count, int days, LongConsumer progress) {
		if (days < 28) {
			throw new IllegalArgumentException("Demo feedback needs at least 28 days, not " + days);
		}
		List<TouchpointRef> touchpoints = this.journeys.publishedTouchpoints(access.workspaceId());
		if (touchpoints.isEmpty()) {
			throw new IllegalStateException("The workspace has no published journey to attach feedback to");
		}
		DemoFeedback feedback = new DemoFeedback(count);
		Instant end = Instant.now();
		String run = Long.toString(end.toEpochMilli(), 36);
		long stored = 0;
		for (int done = 0; done < count; done += BATCH) {
			List<NewSignal> batch = feedback.signals(touchpoints, Math.min(BATCH, count - done), end, days,
					"demo-" + run + "-" + done);
			stored += this.signals.receiveAll(access.workspaceId(), batch)
				.stream()
				.filter((receipt) -> receipt instanceof org.momentos.signal.Receipt.Accepted)
				.count();
			progress.accept(stored);
		}
		return stored;
	}

}
