package org.momentos.signal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.internal.SignalRules;
import org.momentos.signal.internal.SignalStore;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives customer signals: checks each one, stores it once (duplicates by source and
 * external id, or by idempotency key, are reported, not stored again), and publishes
 * {@link SignalReceived} in the same transaction.
 */
@Service
public class Signals {

	private final SignalStore store;

	private final Journeys journeys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Signals(SignalStore store, Journeys journeys, ApplicationEventPublisher events) {
		this.store = store;
		this.journeys = journeys;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public Receipt receive(WorkspaceId workspace, NewSignal signal) {
		Instant now = this.clock.instant();
		Optional<Rejected> broken = SignalRules.check(signal, now);
		if (broken.isPresent()) {
			return broken.get();
		}
		TouchpointRef touchpoint = null;
		if (signal.touchpointKey() != null) {
			touchpoint = this.journeys.publishedTouchpoint(workspace, signal.touchpointKey()).orElse(null);
			if (touchpoint == null) {
				return new Rejected("touchpointKey", "signal.touchpoint.unknown");
			}
		}
		Instant occurredAt = signal.occurredAt() == null ? now : signal.occurredAt();
		Optional<SignalId> stored = this.store.insert(workspace, signal, occurredAt, touchpoint);
		if (stored.isEmpty()) {
			return new Duplicate(this.store.findDuplicate(workspace, signal).orElseThrow());
		}
		this.events.publishEvent(new SignalReceived(workspace, stored.get(), signal.source()));
		return new Accepted(stored.get());
	}

	/**
	 * Receives each signal of a batch on its own: valid ones are stored, the others
	 * reported.
	 */
	@Transactional
	public List<Receipt> receiveAll(WorkspaceId workspace, List<NewSignal> signals) {
		return signals.stream().map((signal) -> receive(workspace, signal)).toList();
	}

	public Optional<Signal> find(WorkspaceId workspace, SignalId id) {
		return this.store.find(workspace, id);
	}

	/** A customer's signals in the workspace, newest first (at most 200). */
	public List<Signal> ofCustomer(WorkspaceId workspace, String customerReference) {
		return this.store.ofCustomer(workspace, customerReference);
	}

}
