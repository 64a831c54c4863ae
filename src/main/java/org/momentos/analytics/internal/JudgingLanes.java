package org.momentos.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import org.momentos.signal.SignalId;
import org.momentos.workspace.WorkspaceId;

/**
 * Merges the batches waiting to be judged in a workspace: judging a workspace's signals
 * is serialised (its roll-ups are summed), so instead of queueing one transaction per
 * batch behind the database lock, each batch joins its workspace's lane and whoever holds
 * the lane judges everything waiting in it (up to {@value #MAX_SIGNALS} signals) in one
 * transaction. A caller returns once its own signals are judged and committed, by itself
 * or by another, so an event is marked handled only after its signals are; waiting holds
 * a thread, but no database connection. When a merged batch fails, its batches are judged
 * again one by one, so one bad batch fails only its own caller.
 */
final class JudgingLanes {

	/**
	 * At most this many signals in one merged transaction (more when one batch is
	 * larger).
	 */
	static final int MAX_SIGNALS = 5_000;

	private final ConcurrentMap<WorkspaceId, Lane> lanes = new ConcurrentHashMap<>();

	private final BiConsumer<WorkspaceId, List<SignalId>> judge;

	/**
	 * @param judge judges signals of a workspace and commits them (in its own
	 * transaction)
	 */
	JudgingLanes(BiConsumer<WorkspaceId, List<SignalId>> judge) {
		this.judge = judge;
	}

	/** Returns once these signals are judged (or throws what judging them threw). */
	void judge(WorkspaceId workspace, List<SignalId> signals) throws InterruptedException {
		Lane lane = this.lanes.computeIfAbsent(workspace, (key) -> new Lane());
		Waiting mine = new Waiting(signals);
		lane.waiting.add(mine);
		lane.lock.lockInterruptibly();
		try {
			while (!mine.done.isDone()) {
				judgeWaiting(workspace, lane);
			}
		}
		finally {
			lane.lock.unlock();
		}
		try {
			mine.done.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/** Under the lane's lock: the oldest waiting batches, merged. */
	private void judgeWaiting(WorkspaceId workspace, Lane lane) {
		List<Waiting> taken = new ArrayList<>();
		Set<SignalId> merged = new LinkedHashSet<>();
		Waiting next;
		while ((next = lane.waiting.peek()) != null
				&& (taken.isEmpty() || merged.size() + next.signals.size() <= MAX_SIGNALS)) {
			lane.waiting.poll();
			taken.add(next);
			merged.addAll(next.signals);
		}
		try {
			this.judge.accept(workspace, List.copyOf(merged));
			taken.forEach((waiting) -> waiting.done.complete(null));
		}
		catch (RuntimeException ex) {
			if (taken.size() == 1) {
				taken.get(0).done.completeExceptionally(ex);
				return;
			}
			for (Waiting waiting : taken) {
				try {
					this.judge.accept(workspace, waiting.signals);
					waiting.done.complete(null);
				}
				catch (RuntimeException alone) {
					waiting.done.completeExceptionally(alone);
				}
			}
		}
	}

	private static final class Lane {

		private final ReentrantLock lock = new ReentrantLock();

		private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

	}

	private record Waiting(List<SignalId> signals, CompletableFuture<Void> done) {

		Waiting(List<SignalId> signals) {
			this(signals, new CompletableFuture<>());
		}

	}

}
