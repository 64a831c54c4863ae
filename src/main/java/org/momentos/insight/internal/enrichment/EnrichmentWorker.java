package org.momentos.insight.internal.enrichment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.momentos.signal.SignalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread that enriches received signals in batches: whatever has queued up while the
 * previous batch was stored, and what arrives within a short linger (up to 1,000), goes
 * in the next one, so a burst of signals costs a few statements per thousand. When idle,
 * and at start, it sweeps the signals still without an enrichment of this engine (those
 * queued when the process died, or stored while it was down), so nothing stays
 * unanalysed.
 */
@Component
class EnrichmentWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EnrichmentWorker.class);

	private final SignalEnricher enricher;

	private final Duration sweepInterval;

	private final boolean enabled;

	private final long lingerNanos;

	/** Bounded: a listener waits when the worker is far behind. */
	private final BlockingQueue<SignalId> queue = new LinkedBlockingQueue<>(100_000);

	private volatile Thread thread;

	private volatile boolean running;

	EnrichmentWorker(SignalEnricher enricher,
			@Value("${momentos.insight.enrichment.sweep-interval:30s}") Duration sweepInterval,
			@Value("${momentos.insight.enrichment.worker:true}") boolean enabled,
			@Value("${momentos.insight.enrichment.linger:50ms}") Duration linger) {
		this.enricher = enricher;
		this.lingerNanos = linger.toNanos();
		this.sweepInterval = sweepInterval;
		this.enabled = enabled;
	}

	/**
	 * Queues a received signal for the next batch, waiting while the queue is full. When
	 * the worker is stopped (or off) and the queue full, fails: the event stays
	 * undelivered and comes again at the next start, where a listener waiting forever
	 * would have kept the process from exiting.
	 */
	void submit(SignalId signal) throws InterruptedException {
		while (!this.queue.offer(signal, 100, TimeUnit.MILLISECONDS)) {
			if (!this.running || this.thread == null) {
				throw new IllegalStateException("The enrichment worker is stopped and its queue is full");
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (this.enabled) {
			this.thread = Thread.ofPlatform().name("signal-enrichment").daemon().start(this::work);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread worker = this.thread;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(5000);
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
		sweep();
		List<SignalId> batch = new ArrayList<>(SignalEnricher.BATCH);
		while (this.running) {
			try {
				SignalId first = this.queue.poll(this.sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
				if (first == null) {
					sweep();
					continue;
				}
				batch.add(first);
				fill(batch);
				this.enricher.enrich(batch, false);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The batch stays unenriched; the next sweep retries it.
				log.warn("Could not enrich {} signals; the next sweep retries them", batch.size(), ex);
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * Adds what is queued and, while the batch is not full, what arrives within the
	 * linger time: signals sent one by one are enriched, judged and announced some dozens
	 * at a time instead of one or two, for a few milliseconds more of delay.
	 */
	private void fill(List<SignalId> batch) throws InterruptedException {
		this.queue.drainTo(batch, SignalEnricher.BATCH - batch.size());
		long deadline = System.nanoTime() + this.lingerNanos;
		while (batch.size() < SignalEnricher.BATCH) {
			long left = deadline - System.nanoTime();
			SignalId next = (left > 0) ? this.queue.poll(left, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				return;
			}
			batch.add(next);
			this.queue.drainTo(batch, SignalEnricher.BATCH - batch.size());
		}
	}

	private void sweep() {
		try {
			long written = this.enricher.enrichStale();
			if (written > 0) {
				log.info("Enriched {} signals that had no enrichment of engine {}", written, this.enricher.version());
			}
		}
		catch (RuntimeException ex) {
			if (this.running) {
				log.warn("Sweep for unenriched signals failed; retrying in {}", this.sweepInterval, ex);
			}
		}
	}

}
