package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Batches that wait while a workspace is being judged are judged together in one go, and
 * each caller returns once its own signals are judged.
 */
class JudgingLanesTest {

	private static final WorkspaceId WORKSPACE = new WorkspaceId(1);

	@Test
	void batchesWaitingWhileOneIsJudgedAreJudgedTogether() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<List<SignalId>> calls = new CopyOnWriteArrayList<>();
		JudgingLanes lanes = new JudgingLanes((workspace, signals) -> {
			calls.add(signals);
			started.countDown();
			await(release);
		});
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			done.add(threads.submit(judging(lanes, ids(1, 2))));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			done.add(threads.submit(judging(lanes, ids(3))));
			done.add(threads.submit(judging(lanes, ids(4, 5))));
			done.add(threads.submit(judging(lanes, ids(5, 6))));
			Thread.sleep(200);
			release.countDown();
			for (Future<?> each : done) {
				each.get(5, TimeUnit.SECONDS);
			}
			assertThat(calls).hasSize(2);
			assertThat(calls.get(0)).isEqualTo(ids(1, 2));
			assertThat(calls.get(1)).containsExactlyInAnyOrderElementsOf(ids(3, 4, 5, 6));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aMergedBatchThatFailsIsJudgedAgainBatchByBatchSoOnlyTheCulpritFails() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<List<SignalId>> committed = new CopyOnWriteArrayList<>();
		JudgingLanes lanes = new JudgingLanes((workspace, signals) -> {
			started.countDown();
			await(release);
			if (signals.contains(new SignalId(13))) {
				throw new IllegalStateException("bad signal");
			}
			committed.add(signals);
		});
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<?> first = threads.submit(judging(lanes, ids(1)));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			Future<?> good = threads.submit(judging(lanes, ids(2)));
			Future<?> bad = threads.submit(judging(lanes, ids(13)));
			Thread.sleep(200);
			release.countDown();
			first.get(5, TimeUnit.SECONDS);
			good.get(5, TimeUnit.SECONDS);
			assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("bad signal");
			assertThat(committed).containsExactly(ids(1), ids(2));
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static Callable<Void> judging(JudgingLanes lanes, List<SignalId> signals) {
		return () -> {
			lanes.judge(WORKSPACE, signals);
			return null;
		};
	}

	private static List<SignalId> ids(long... values) {
		List<SignalId> ids = new ArrayList<>();
		for (long value : values) {
			ids.add(new SignalId(value));
		}
		return ids;
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
