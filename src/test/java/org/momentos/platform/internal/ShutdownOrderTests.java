package org.momentos.platform.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ShutdownOrderTests {

	@Test
	void aListenerRunningWhenTheProcessStopsFinishesBeforeThePoolCloses() throws InterruptedException {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class, () -> {
			ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
			executor.setWaitForTasksToCompleteOnShutdown(true);
			executor.setAwaitTerminationSeconds(5);
			return executor;
		});
		// Registered after the executor, so without the ordering it would be closed
		// first.
		context.registerBean("dataSource", Pool.class, Pool::new);
		context.addBeanFactoryPostProcessor(DatabaseConfiguration.executorsCloseBeforeThePool());
		context.refresh();
		Pool pool = context.getBean(Pool.class);
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean poolOpenAtTheEnd = new AtomicBoolean();
		context.getBean(ThreadPoolTaskExecutor.class).execute(() -> {
			started.countDown();
			sleep(300);
			poolOpenAtTheEnd.set(!pool.closed);
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		context.close();

		assertThat(poolOpenAtTheEnd).isTrue();
		assertThat(pool.closed).isTrue();
	}

	@Test
	void anEventPublishedWhileTheProcessStopsWaitsForTheNextStartInsteadOfFailing() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		new ShutdownRejections().lateDeliveriesWaitForTheNextStart().customize(executor);
		executor.initialize();
		executor.shutdown();

		assertThatNoException().isThrownBy(() -> executor.execute(() -> {
		}));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static class Pool implements AutoCloseable {

		volatile boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
