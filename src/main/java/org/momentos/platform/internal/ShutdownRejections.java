package org.momentos.platform.internal;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A listener that finishes while the process stops may publish another event; its
 * delivery reaches an executor that no longer takes work. It is dropped, like the queued
 * ones {@link ShutdownDrain} drops: the event publication was stored with the listener's
 * transaction and is delivered again on the next start. The queue is unbounded, so
 * nothing is ever rejected while the process runs.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownRejections {

	@Bean
	ThreadPoolTaskExecutorCustomizer lateDeliveriesWaitForTheNextStart() {
		return (executor) -> executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
	}

}
