package org.momentos.insight.internal.enrichment;

import org.momentos.signal.SignalId;
import org.momentos.signal.SignalReceived;
import org.momentos.signal.SignalsReceived;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands every received signal to the batching worker. At-least-once delivery is safe:
 * enriching a signal twice with the same engine writes and publishes once.
 */
@Component
class SignalReceivedListener {

	private final EnrichmentWorker worker;

	private final JdbcClient jdbc;

	SignalReceivedListener(EnrichmentWorker worker, JdbcClient jdbc) {
		this.worker = worker;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SignalReceived received) throws InterruptedException {
		// This transaction only marks the event handled: if a crash loses that mark, the
		// event is delivered again on restart, which is harmless. Not waiting for the
		// disk
		// makes a burst of signals many times faster.
		this.jdbc.sql("set local synchronous_commit = off").update();
		this.worker.submit(received.signal());
	}

	/**
	 * A batch (API batch, file import) arrives as one event: every signal of it is
	 * enriched.
	 */
	@ApplicationModuleListener
	void on(SignalsReceived batch) throws InterruptedException {
		this.jdbc.sql("set local synchronous_commit = off").update();
		for (SignalId signal : batch.signals()) {
			this.worker.submit(signal);
		}
	}

}
