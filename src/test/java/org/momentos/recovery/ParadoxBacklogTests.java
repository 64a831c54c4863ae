package org.momentos.recovery;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.recovery.internal.FigureQueries;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard view works out again the recovery paradox of the customers changed since
 * the last read, but not a backlog of thousands (an import, a re-analysis): that is left
 * to the minute job, so the view stays fast. Each case runs in a transaction that is
 * rolled back, out of the minute job's sight.
 */
@MomentosTest
@Import(Fixtures.class)
class ParadoxBacklogTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	FigureQueries figures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aViewWorksOutAFewChangedCustomers() {
		WorkspaceId shop = this.fixtures.aWorkspace("Paradox few").workspace().id();
		this.transactions.executeWithoutResult((status) -> {
			changed(shop, 10);

			this.figures.paradox(shop);

			assertThat(waiting(shop)).isZero();
			status.setRollbackOnly();
		});
	}

	@Test
	void aViewLeavesABacklogToTheMinuteJob() {
		WorkspaceId shop = this.fixtures.aWorkspace("Paradox backlog").workspace().id();
		this.transactions.executeWithoutResult((status) -> {
			changed(shop, 6_000);

			this.figures.paradox(shop);

			assertThat(waiting(shop)).isEqualTo(6_000);
			status.setRollbackOnly();
		});
	}

	private void changed(WorkspaceId workspace, int customers) {
		this.jdbc
			.sql("insert into recovery_customer_dirty (workspace_id, customer_ref) "
					+ "select ?, 'customer-' || n || '@example.test' from generate_series(1, ?) n")
			.params(workspace.value(), customers)
			.update();
	}

	private long waiting(WorkspaceId workspace) {
		return this.jdbc.sql("select count(*) from recovery_customer_dirty where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single();
	}

}
