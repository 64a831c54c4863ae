package org.momentos.platform.internal;

import java.util.List;
import java.util.concurrent.BlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On shutdown, the event listeners still queued on the task executor are dropped, so only
 * the running ones finish (within
 * {@code spring.task.execution.shutdown.await-termination-period}) before the database
 * closes. Nothing is lost: a dropped listener's event publication stays incomplete and is
 * delivered again on the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Without this,
 * a backlog (after a large load) kept running past the pool's closing and failed by the
 * thousand.
 */
@Component
class ShutdownDrain {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final List<ThreadPoolTaskExecutor> executors;

	ShutdownDrain(List<ThreadPoolTaskExecutor> executors) {
		this.executors = executors;
	}

	@EventListener(ContextClosedEvent.class)
	void dropQueuedWork() {
		for (ThreadPoolTaskExecutor executor : this.executors) {
			BlockingQueue<Runnable> queue = executor.getThreadPoolExecutor().getQueue();
			int dropped = queue.size();
			queue.clear();
			if (dropped > 0) {
				log.info("Shutting down: {} queued event deliveries left for the next start", dropped);
			}
		}
	}

}
