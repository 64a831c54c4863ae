package org.momentos;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL statements a benchmark run made, counted by PostgreSQL's
 * {@code pg_stat_statements} (loaded into the throw-away database when
 * {@link #enableBeforeStart()} was called before it started).
 */
final class StatementStatistics {

	private StatementStatistics() {
	}

	/** Loads pg_stat_statements into the embedded PostgreSQL started next. */
	static void enableBeforeStart() {
		System.setProperty("momentos.database.statement-statistics", "true");
	}

	/** Forgets what was counted so far (the warm-up). */
	static void reset(JdbcClient jdbc) {
		jdbc.sql("create extension if not exists pg_stat_statements").update();
		jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
	}

	/**
	 * Prints the number of statements per item and those that took longest in all, with
	 * their calls per 1,000 items.
	 */
	static void print(JdbcClient jdbc, long items, String item) {
		long total = jdbc.sql("select coalesce(sum(calls), 0) from pg_stat_statements").query(Long.class).single();
		System.out.printf("SQL statements: %,d (%.2f per %s); the longest in all, with their calls per 1,000 %ss:%n",
				total, (double) total / items, item, item);
		jdbc.sql("""
				select calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') as query
				from pg_stat_statements order by total_exec_time desc limit 25""").query((rs) -> {
			String query = rs.getString("query");
			System.out.printf("%10.1f calls %8.0f ms  %s%n", rs.getLong("calls") * 1000.0 / items,
					rs.getDouble("total_exec_time"), query.length() > 110 ? query.substring(0, 110) : query);
		});
	}

}
