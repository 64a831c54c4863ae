package org.momentos.platform.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownDrainTests {

	@Test
	void theRunningListenerFinishesAndTheQueuedOnesAreLeftForTheNextStart() throws InterruptedException {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.initialize();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger ran = new AtomicInteger();
		executor.execute(() -> {
			started.countDown();
			await(release);
			ran.incrementAndGet();
		});
		for (int i = 0; i < 5; i++) {
			executor.execute(ran::incrementAndGet);
		}
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		new ShutdownDrain(List.of(executor)).dropQueuedWork();
		release.countDown();
		executor.getThreadPoolExecutor().shutdown();

		assertThat(executor.getThreadPoolExecutor().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		assertThat(ran).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
