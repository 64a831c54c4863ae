package org.momentos.signal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals sent one by one at the same time are written together, yet each caller gets its
 * own receipt: duplicates among them and before them are reported, a bad signal is
 * rejected alone, each workspace keeps its own signals, and every acknowledged signal is
 * committed.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalGroupCommitTests {

	@Autowired
	SignalGroupCommit groupCommit;

	@Autowired
	Signals signals;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentSignalsGetTheirOwnReceipts() throws Exception {
		WorkspaceId shop = this.fixtures.aWorkspace("Group commit").workspace().id();
		WorkspaceId other = this.fixtures.aWorkspace("Group commit other").workspace().id();
		Receipt earlier = this.groupCommit.receive(shop, ticket("G-0", null, Scores.NONE));
		List<Callable<Receipt>> calls = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			String id = "G-" + i;
			calls.add(() -> this.groupCommit.receive(shop, ticket(id, null, Scores.NONE)));
		}
		for (int i = 0; i < 5; i++) {
			calls.add(() -> this.groupCommit.receive(shop, ticket("G-same", null, Scores.NONE)));
			calls.add(() -> this.groupCommit.receive(shop, ticket(null, "key-same", Scores.NONE)));
		}
		calls.add(() -> this.groupCommit.receive(shop, ticket("G-0", null, Scores.NONE)));
		calls.add(() -> this.groupCommit.receive(shop, ticket("G-bad", null, new Scores(11, null, null, null))));
		calls.add(() -> this.groupCommit.receive(other, ticket("G-1", null, Scores.NONE)));

		List<Receipt> receipts = runTogether(calls);

		for (int i = 0; i < 40; i++) {
			assertThat(receipts.get(i)).isInstanceOf(Accepted.class);
			Accepted accepted = (Accepted) receipts.get(i);
			assertThat(this.signals.find(shop, accepted.signal()).orElseThrow().externalId()).isEqualTo("G-" + (i + 1));
		}
		assertOneAcceptedRestDuplicates(receipts.subList(40, 50), 0);
		assertOneAcceptedRestDuplicates(receipts.subList(40, 50), 1);
		assertThat(receipts.get(50)).isEqualTo(new Duplicate(((Accepted) earlier).signal()));
		assertThat(receipts.get(51)).isEqualTo(new Rejected("scores.nps", "signal.nps.range"));
		assertThat(receipts.get(52)).isInstanceOf(Accepted.class);
		assertThat(this.signals.find(other, ((Accepted) receipts.get(52)).signal())).isPresent();
		assertThat(this.signals.find(shop, ((Accepted) receipts.get(52)).signal())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from signal where workspace_id = ?")
			.param(shop.value())
			.query(Long.class)
			.single()).as("G-0, G-1..G-40, G-same, key-same").isEqualTo(43);
	}

	/**
	 * Items {@code offset}, {@code offset + 2}, ...: one accepted, the others its
	 * duplicates.
	 */
	private static void assertOneAcceptedRestDuplicates(List<Receipt> receipts, int offset) {
		List<Receipt> same = new ArrayList<>();
		for (int i = offset; i < receipts.size(); i += 2) {
			same.add(receipts.get(i));
		}
		List<Accepted> accepted = same.stream().filter(Accepted.class::isInstance).map(Accepted.class::cast).toList();
		assertThat(accepted).hasSize(1);
		assertThat(same).filteredOn(Duplicate.class::isInstance)
			.hasSize(same.size() - 1)
			.allSatisfy((duplicate) -> assertThat(duplicate).isEqualTo(new Duplicate(accepted.get(0).signal())));
	}

	private static List<Receipt> runTogether(List<Callable<Receipt>> calls) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Receipt>> futures = new ArrayList<>();
			for (Callable<Receipt> call : calls) {
				futures.add(threads.submit(() -> {
					go.await();
					return call.call();
				}));
			}
			go.countDown();
			List<Receipt> receipts = new ArrayList<>();
			for (Future<Receipt> future : futures) {
				receipts.add(future.get());
			}
			return receipts;
		}
	}

	private static NewSignal ticket(String externalId, String idempotencyKey, Scores scores) {
		return new NewSignal(SignalSource.TICKET, null, null, null, scores, null, "La factura llegó mal", "es", null,
				externalId, idempotencyKey);
	}

}
