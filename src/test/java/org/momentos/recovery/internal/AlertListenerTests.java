package org.momentos.recovery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	}

	private static SignalJudged judged(WorkspaceId workspace, SignalId signal, boolean critical) {
		SignalFacts facts = new SignalFacts(null, critical ? 1 : 5, null, null, critical ? -0.9 : 0.6, Set.of(), null);
		return new SignalJudged(workspace, signal, critical ? Verdict.CRITICAL : Verdict.MAGIC,
				critical ? Reason.SEVERE_TEXT : Reason.DELIGHTED, facts, List.of(), null);
	}

}
