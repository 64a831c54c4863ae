package org.momentos.signal.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before a group of signals is stored, the signals already stored under the same external
 * ids or idempotency keys are looked up one by one through the unique indexes. A lookup
 * that read every signal of the workspace made each single POST into a workspace of
 * 1,000,000 signals take close to a second; and a plan made from statistics taken before
 * the workspace had signals (a new server, a new workspace in a large table) read all the
 * workspace's signals for every key.
 */
@MomentosTest
@Import(Fixtures.class)
class DuplicateLookupTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Fixtures fixtures;

	@Test
	void duplicatesAreLookedUpByIndexEvenWithStatisticsOlderThanTheSignals() throws Exception {
		WorkspaceId shop = this.fixtures.aWorkspace("Duplicate lookup").workspace().id();

		String plan = reusablePlanAfterTwentyThousandSignals(shop);

		assertThat(plan).contains("signal_external_id_idx").contains("signal_idempotency_key_idx");
		assertThat(plan).doesNotContain("signal_occurred_idx").doesNotContain("Seq Scan").doesNotContain("Hash Join");
	}

	/**
	 * The plan a connection keeps for the lookup (a generic plan, made for any
	 * parameters) when the statistics were taken before the workspace received 20,000
	 * signals; in a transaction that is rolled back.
	 */
	private String reusablePlanAfterTwentyThousandSignals(WorkspaceId workspace) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			StringBuilder plan = new StringBuilder();
			try (Statement sql = connection.createStatement()) {
				sql.execute("analyze signal");
				sql.execute("insert into signal (workspace_id, source, occurred_at, external_id, idempotency_key) "
						+ "select " + workspace.value() + ", 'TICKET', now(), 'T-' || n, 'key-' || n "
						+ "from generate_series(1, 20000) n");
				sql.execute("set local plan_cache_mode = force_generic_plan");
				sql.execute(
						"prepare lookup (text[], text[], bigint, text[], bigint) as " + numbered(StoredKeys.LOOKUP));
				try (ResultSet rows = sql.executeQuery("explain execute lookup ('{TICKET}', '{T-1}', "
						+ workspace.value() + ", '{key-1}', " + workspace.value() + ")")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
			}
			finally {
				connection.rollback();
				try (Statement sql = connection.createStatement()) {
					sql.execute("deallocate all");
				}
			}
			return plan.toString();
		}
	}

	/** The statement with $1, $2... in place of its JDBC parameters. */
	private static String numbered(String statement) {
		StringBuilder numbered = new StringBuilder();
		int parameter = 0;
		for (char c : statement.toCharArray()) {
			numbered.append(c == '?' ? "$" + (++parameter) : String.valueOf(c));
		}
		return numbered.toString();
	}

}
