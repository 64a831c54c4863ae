package org.momentos.recovery.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.analytics.SignalFacts;
import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.SignalsJudged;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert rules are applied to a batch of verdicts at once: every critical signal of the
 * batch gets its case, and a batch delivered again (or a signal twice in one batch)
 * neither fires a rule twice nor opens a second case.
 */
@MomentosTest
@Import(Fixtures.class)
class AlertListenerTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	AlertListener alerts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebhookStore webhooks;

	@Test
	void aBatchOpensOneCasePerCriticalSignalHoweverOftenItArrives() {
		WorkspaceId workspace = this.fixtures.aWorkspace("Alert batch").workspace().id();
		List<NewSignal> sent = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			// Satisfied customers: the pipeline itself opens no case for them.
			sent.add(new NewSignal(SignalSource.SURVEY, Instant.now(), "customer" + i + "@example.test", null,
					new Scores(null, 5, null, null), null, null, null, Map.of(), "alert-batch-" + i, null));
		}
		List<SignalId> ids = this.signals.receiveAll(workspace, sent)
			.stream()
			.map((receipt) -> ((Receipt.Accepted) receipt).signal())
			.toList();
		List<SignalJudged> batch = new ArrayList<>();
		List<SignalId> critical = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			boolean isCritical = i % 2 == 0;
			batch.add(judged(workspace, ids.get(i), isCritical));
			if (isCritical) {
				critical.add(ids.get(i));
			}
		}
		batch.add(judged(workspace, ids.get(0), true));

		// The listener itself, in a transaction as its event would run it, but in this
		// thread: the proxy would run it later, on another.
		AlertListener listener = AopTestUtils.getTargetObject(this.alerts);
		for (int delivery = 0; delivery < 2; delivery++) {
			this.transactions.executeWithoutResult((status) -> listener.on(new SignalsJudged(workspace, batch)));
		}

		assertThat(this.jdbc.sql("select signal_id from recovery_case where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.list()).containsExactlyInAnyOrderElementsOf(critical.stream().map(SignalId::value).toList());
		assertThat(this.jdbc.sql("""
				select f.signal_id from recovery_alert_firing f join recovery_alert_rule r on r.id = f.rule_id
				where r.workspace_id = ?""").param(workspace.value()).query(Long.class).list())
			.containsExactlyInAnyOrderElementsOf(critical.stream().map(SignalId::value).toList());
		assertThat(this.jdbc.sql("select count(*) from recovery_moment where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single()).isEqualTo(10);
		// Each case opened together with the others has its own first timeline entry and
		// audit entry, once.
		assertThat(this.jdbc.sql("""
				select count(*) from recovery_case_entry e join recovery_case c on c.id = e.case_id
				where c.workspace_id = ? and e.kind = 'STATE' and e.code = '' and e.code2 = 'OPEN'""")
			.param(workspace.value())
			.query(Long.class)
			.single()).isEqualTo(critical.size());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where workspace_id = ? and action = 'case.opened'")
			.param(workspace.value())
			.query(Long.class)
			.single()).isEqualTo(critical.size());
	}

	@Test
	void casesOpenedTogetherAreEachPostedToTheWorkspaceWebhooks() throws IOException, InterruptedException {
		List<String> received = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
		try {
			WorkspaceId workspace = this.fixtures.aWorkspace("Alert hooks").workspace().id();
			this.webhooks.add(workspace, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
			List<NewSignal> sent = List.of(new NewSignal(SignalSource.SURVEY, Instant.now(), "ana@example.test", null,
					new Scores(null, 5, null, null), "Me cobraron dos veces", null, null, Map.of(), "hook-1", null),
					new NewSignal(SignalSource.SURVEY, Instant.now(), "luis@example.test", null,
							new Scores(null, 5, null, null), "Nadie contesta", null, null, Map.of(), "hook-2", null));
			List<SignalJudged> batch = this.signals.receiveAll(workspace, sent)
				.stream()
				.map((receipt) -> judged(workspace, ((Receipt.Accepted) receipt).signal(), true))
				.toList();
			AlertListener listener = AopTestUtils.getTargetObject(this.alerts);
			this.transactions.executeWithoutResult((status) -> listener.on(new SignalsJudged(workspace, batch)));

			long deadline = System.nanoTime() + 10_000_000_000L;
			while (received.stream().filter((body) -> body.contains("\"event\":\"case.opened\"")).count() < 2
					&& System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(received.stream().filter((body) -> body.contains("\"event\":\"case.opened\""))).hasSize(2)
				.anySatisfy((body) -> assertThat(body).contains("Me cobraron dos veces"))
				.anySatisfy((body) -> assertThat(body).contains("Nadie contesta"));
		}
		finally {
			receiver.stop(0);
		}
	}

	private static SignalJudged judged(WorkspaceId workspace, SignalId signal, boolean critical) {
		SignalFacts facts = new SignalFacts(null, critical ? 1 : 5, null, null, critical ? -0.9 : 0.6, Set.of(), null);
		return new SignalJudged(workspace, signal, critical ? Verdict.CRITICAL : Verdict.MAGIC,
				critical ? Reason.SEVERE_TEXT : Reason.DELIGHTED, facts, List.of(), null);
	}

}
