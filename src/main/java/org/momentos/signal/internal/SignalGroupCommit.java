package org.momentos.signal.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for signals that arrive one by one (single API POSTs, webhooks): the
 * signals of concurrent requests are written together, in one transaction through
 * {@link Signals#receiveAll}, instead of one transaction each. A writer thread takes what
 * has queued up while it wrote the previous group (waiting at most {@code max-wait} for
 * more, up to {@code max-batch}); each caller gets its own receipt only after its group
 * committed, so an acknowledged signal is stored with its event. When a group fails, its
 * signals are written again one by one, so one bad signal fails only its own request.
 */
@Component
class SignalGroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SignalGroupCommit.class);

	private final Signals signals;

	private final TransactionTemplate transactions;

	private final int maxBatch;

	private final long maxWaitNanos;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private volatile Thread writer;

	private volatile boolean running;

	SignalGroupCommit(Signals signals, TransactionTemplate transactions,
			@Value("${momentos.signals.group-commit.max-batch:1000}") int maxBatch,
			@Value("${momentos.signals.group-commit.max-wait:2ms}") Duration maxWait) {
		this.signals = signals;
		this.transactions = transactions;
		this.maxBatch = Math.max(1, maxBatch);
		this.maxWaitNanos = maxWait.toNanos();
	}

	/** Stores one signal with the next group; its receipt once that group committed. */
	Receipt receive(WorkspaceId workspace, NewSignal signal) {
		return receiveAll(workspace, List.of(signal)).get(0);
	}

	/** Stores these signals with the next group; their receipts, in order. */
	List<Receipt> receiveAll(WorkspaceId workspace, List<NewSignal> signals) {
		if (!this.running) {
			return this.transactions.execute((status) -> this.signals.receiveAll(workspace, signals));
		}
		List<Pending> pending = signals.stream().map((signal) -> new Pending(workspace, signal)).toList();
		this.queue.addAll(pending);
		if (!this.running) {
			// Stopped meanwhile: the writer may be gone, so write what is left here.
			flush();
		}
		try {
			return pending.stream().map((one) -> one.receipt.join()).toList();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private synchronized void flush() {
		List<Pending> left = new ArrayList<>();
		this.queue.drainTo(left);
		for (int from = 0; from < left.size(); from += this.maxBatch) {
			write(left.subList(from, Math.min(left.size(), from + this.maxBatch)));
		}
	}

	/** Started before the web server takes requests, stopped after it stopped. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = Thread.ofPlatform().name("signal-group-commit").daemon().start(this::work);
	}

	/** Stops taking signals; what is queued is still written. */
	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.writer;
		if (thread != null) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void work() {
		List<Pending> group = new ArrayList<>(this.maxBatch);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				fill(group);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				group.forEach((one) -> one.receipt.completeExceptionally(ex));
				log.error("Could not store a group of {} signals", group.size(), ex);
			}
			finally {
				group.clear();
			}
		}
	}

	/** Adds what is queued, and what arrives within the wait, up to a full group. */
	private void fill(List<Pending> group) throws InterruptedException {
		this.queue.drainTo(group, this.maxBatch - group.size());
		long deadline = System.nanoTime() + this.maxWaitNanos;
		while (group.size() < this.maxBatch) {
			long left = deadline - System.nanoTime();
			Pending next = (left > 0) ? this.queue.poll(left, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				return;
			}
			group.add(next);
			this.queue.drainTo(group, this.maxBatch - group.size());
		}
	}

	private void write(List<Pending> group) {
		List<Receipt> receipts;
		try {
			receipts = this.transactions.execute((status) -> store(group));
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).receipt.completeExceptionally(ex);
				return;
			}
			log.debug("A group of {} signals failed; writing them one by one", group.size(), ex);
			group.forEach((one) -> write(List.of(one)));
			return;
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).receipt.complete(receipts.get(i));
		}
	}

	/** One {@code receiveAll} per workspace of the group; receipts in group order. */
	private List<Receipt> store(List<Pending> group) {
		Map<WorkspaceId, List<Integer>> byWorkspace = new LinkedHashMap<>();
		for (int i = 0; i < group.size(); i++) {
			byWorkspace.computeIfAbsent(group.get(i).workspace, (key) -> new ArrayList<>()).add(i);
		}
		Receipt[] receipts = new Receipt[group.size()];
		byWorkspace.forEach((workspace, positions) -> {
			List<Receipt> stored = this.signals.receiveAll(workspace,
					positions.stream().map((i) -> group.get(i).signal).toList());
			for (int i = 0; i < positions.size(); i++) {
				receipts[positions.get(i)] = stored.get(i);
			}
		});
		return List.of(receipts);
	}

	/** A signal waiting for its group, and its caller waiting for the receipt. */
	private static final class Pending {

		final WorkspaceId workspace;

		final NewSignal signal;

		final CompletableFuture<Receipt> receipt = new CompletableFuture<>();

		Pending(WorkspaceId workspace, NewSignal signal) {
			this.workspace = workspace;
			this.signal = signal;
		}

	}

}
