package org.momentos.signal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.platform.Problem;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.internal.SignalBatchInserts;
import org.momentos.signal.internal.SignalBatchInserts.Row;
import org.momentos.signal.internal.SignalBatchInserts.Stored;
import org.momentos.signal.internal.SignalRules;
import org.momentos.signal.internal.SignalSettings;
import org.momentos.signal.internal.SignalSettings.Settings;
import org.momentos.signal.internal.SignalStore;
import org.momentos.signal.internal.SignalStore.Cursor;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives customer signals: checks each one, stores it once (duplicates by source and
 * external id, or by idempotency key, are reported, not stored again), and publishes
 * {@link SignalReceived} (one signal) or {@link SignalsReceived} (a batch) in the same
 * transaction. Also lists signals and erases a customer's.
 */
@Service
public class Signals {

	/** The largest batch {@link #receiveAll} takes. */
	public static final int MAX_BATCH = 10_000;

	private final SignalStore store;

	private final SignalBatchInserts batches;

	private final SignalSettings settings;

	private final Journeys journeys;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Signals(SignalStore store, SignalBatchInserts batches, SignalSettings settings, Journeys journeys, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.batches = batches;
		this.settings = settings;
		this.journeys = journeys;
		this.audit = audit;
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
		NewSignal protectedSignal = protect(this.settings.of(workspace), signal);
		Instant occurredAt = signal.occurredAt() == null ? now : signal.occurredAt();
		Optional<SignalId> stored = this.store.insert(workspace, protectedSignal, occurredAt, touchpoint);
		if (stored.isEmpty()) {
			return new Duplicate(this.store.findDuplicate(workspace, signal).orElseThrow());
		}
		this.events.publishEvent(new SignalReceived(workspace, stored.get(), signal.source()));
		return new Accepted(stored.get());
	}

	/**
	 * Receives a batch of at most {@link #MAX_BATCH} signals: valid ones are stored in a
	 * few statements and announced by one {@link SignalsReceived}, the others reported;
	 * one receipt per signal, in order.
	 */
	@Transactional
	public List<Receipt> receiveAll(WorkspaceId workspace, List<NewSignal> signals) {
		if (signals.size() > MAX_BATCH) {
			throw Problem.withStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, "signal.batch.tooLarge",
					MAX_BATCH);
		}
		Instant now = this.clock.instant();
		Settings workspaceSettings = this.settings.of(workspace);
		Map<UUID, Optional<TouchpointRef>> touchpoints = new HashMap<>();
		Receipt[] receipts = new Receipt[signals.size()];
		List<Row> rows = new ArrayList<>(signals.size());
		List<Integer> positions = new ArrayList<>(signals.size());
		for (int i = 0; i < signals.size(); i++) {
			NewSignal signal = signals.get(i);
			Optional<Rejected> broken = SignalRules.check(signal, now);
			TouchpointRef touchpoint = null;
			if (broken.isEmpty() && signal.touchpointKey() != null) {
				touchpoint = touchpoints
					.computeIfAbsent(signal.touchpointKey(), (key) -> this.journeys.publishedTouchpoint(workspace, key))
					.orElse(null);
				if (touchpoint == null) {
					broken = Optional.of(new Rejected("touchpointKey", "signal.touchpoint.unknown"));
				}
			}
			if (broken.isPresent()) {
				receipts[i] = broken.get();
				continue;
			}
			rows.add(new Row(protect(workspaceSettings, signal),
					signal.occurredAt() == null ? now : signal.occurredAt(), touchpoint));
			positions.add(i);
		}
		List<Stored> stored = this.batches.insert(workspace, rows);
		List<SignalId> received = new ArrayList<>();
		for (int r = 0; r < stored.size(); r++) {
			Stored one = stored.get(r);
			receipts[positions.get(r)] = one.isNew() ? new Accepted(one.id()) : new Duplicate(one.id());
			if (one.isNew()) {
				received.add(one.id());
			}
		}
		if (!received.isEmpty()) {
			this.events.publishEvent(new SignalsReceived(workspace, received));
		}
		return List.of(receipts);
	}

	public Optional<Signal> find(WorkspaceId workspace, SignalId id) {
		return this.store.find(workspace, id);
	}

	/**
	 * These signals of the workspace, in no particular order; ids of another workspace or
	 * of erased signals are left out.
	 */
	public List<Signal> findAll(WorkspaceId workspace, java.util.Collection<SignalId> ids) {
		return this.store.findAll(workspace, ids);
	}

	/** A customer's signals in the workspace, newest first (at most 200). */
	public List<Signal> ofCustomer(WorkspaceId workspace, String customerReference) {
		return this.store.ofCustomer(workspace, customerReference);
	}

	/**
	 * A page of signals matching the filter, newest first; {@code cursor} is the
	 * {@link SignalPage#nextCursor()} of the page before, or {@code null}.
	 */
	public SignalPage list(WorkspaceId workspace, SignalFilter filter, String cursor, int limit) {
		Cursor after = null;
		if (cursor != null && !cursor.isBlank()) {
			after = Cursor.decode(cursor.strip()).orElseThrow(() -> Problem.invalid("signal.cursor.invalid"));
		}
		int size = Math.clamp(limit, 1, 500);
		List<String> customer = (filter.customerReference() == null || filter.customerReference().isBlank()) ? null
				: this.settings.of(workspace).references().storedForms(filter.customerReference());
		List<Signal> found = this.store.page(workspace, filter, customer, after, size + 1);
		if (found.size() <= size) {
			return new SignalPage(found, null);
		}
		Signal last = found.get(size - 1);
		return new SignalPage(found.subList(0, size), new Cursor(last.occurredAt(), last.id().value()).encoded());
	}

	/**
	 * Right to erasure: deletes every signal of this customer reference (raw or hashed),
	 * records it in the audit trail (with the hashed reference only) and announces
	 * {@link SignalsErased} so derived data goes too. Returns how many signals went.
	 */
	@Transactional
	public int eraseCustomer(WorkspaceAccess access, String customerReference) {
		access.require(Permission.MANAGE_SIGNALS);
		if (customerReference == null || customerReference.isBlank()) {
			throw Problem.invalid("signal.erasure.referenceRequired");
		}
		Settings workspaceSettings = this.settings.of(access.workspaceId());
		List<SignalId> erased = this.store.deleteByCustomer(access.workspaceId(),
				workspaceSettings.references().storedForms(customerReference));
		this.audit.record(access, "signals.customerErased",
				erased.size() + " " + workspaceSettings.references().hash(customerReference));
		if (!erased.isEmpty()) {
			this.events
				.publishEvent(new SignalsErased(access.workspaceId(), erased, SignalsErased.Reason.CUSTOMER_ERASURE));
		}
		return erased.size();
	}

	private static NewSignal protect(Settings settings, NewSignal signal) {
		String reference = settings.stored(signal.customerReference());
		if (reference == null ? signal.customerReference() == null : reference.equals(signal.customerReference())) {
			return signal;
		}
		return new NewSignal(signal.source(), signal.occurredAt(), reference, signal.touchpointKey(), signal.scores(),
				signal.title(), signal.text(), signal.language(), signal.attributes(), signal.externalId(),
				signal.idempotencyKey());
	}

}
