package org.momentos.insight.internal.enrichment;

import org.momentos.signal.SignalReceived;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands every received signal to the batching worker. At-least-once delivery is safe:
 * enriching a signal twice with the same engine writes and publishes once.
 */
@Component
class SignalReceivedListener {

	private final EnrichmentWorker worker;

	SignalReceivedListener(EnrichmentWorker worker) {
		this.worker = worker;
	}

	@ApplicationModuleListener
	void on(SignalReceived received) throws InterruptedException {
		this.worker.submit(received.signal());
	}

}
