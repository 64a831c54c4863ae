package org.momentos.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.analytics.ExplorerFilter;
import org.momentos.analytics.ExplorerFilter.Sort;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's "most negative" and "most positive" views read the first page from an
 * index in that order: sorting every signal of a large workspace to show 25 of them took
 * 0.3-1.1 s at 1,000,000 signals.
 */
@MomentosTest
@Import(Fixtures.class)
class ExplorerSortPlanTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Fixtures fixtures;

	@Test
	void theMostNegativeAndMostPositiveSignalsOfAWorkspaceAreReadInIndexOrder() throws Exception {
		WorkspaceId shop = this.fixtures.aWorkspace("Explorer order").workspace().id();

		List<String> plans = firstPagePlansWithTwentyThousandSignals(shop, Sort.MOST_NEGATIVE, Sort.MOST_POSITIVE);

		assertThat(plans.get(0)).contains("signal_search_negative_idx").doesNotContain("Seq Scan on signal_search");
		assertThat(plans.get(1)).contains("signal_search_positive_idx").doesNotContain("Seq Scan on signal_search");
	}

	/**
	 * The plans of the first page of each order, for a workspace with 20,000 judged
	 * signals, in a transaction that is rolled back.
	 */
	private List<String> firstPagePlansWithTwentyThousandSignals(WorkspaceId workspace, Sort... sorts)
			throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement()) {
				sql.execute("insert into signal (workspace_id, source, occurred_at, external_id) select "
						+ workspace.value() + ", 'TICKET', now() - n * interval '1 minute', 'T-' || n "
						+ "from generate_series(1, 20000) n");
				sql.execute(
						"insert into signal_search (signal_id, workspace_id, occurred_at, source, sentiment, document)"
								+ " select id, workspace_id, occurred_at, source, case when id % 10 = 0 then null"
								+ " else (id % 201 - 100) / 100.0 end, ''::tsvector from signal where workspace_id = "
								+ workspace.value());
				sql.execute("analyze signal_search");
				List<String> plans = new ArrayList<>();
				for (Sort sort : sorts) {
					plans.add(plan(connection, workspace, sort));
				}
				return plans;
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static String plan(Connection connection, WorkspaceId workspace, Sort sort) throws Exception {
		List<Object> params = new ArrayList<>();
		ExplorerFilter view = new ExplorerFilter(null, null, null, null, null, null, null, null, null, null, sort,
				null);
		String page = ExplorerQueries.pageSql(workspace, view, List.of(), params, 0, 25);
		StringBuilder plan = new StringBuilder();
		try (PreparedStatement explain = connection.prepareStatement("explain " + page)) {
			for (int i = 0; i < params.size(); i++) {
				explain.setObject(i + 1, params.get(i));
			}
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
		}
		return plan.toString();
	}

}
