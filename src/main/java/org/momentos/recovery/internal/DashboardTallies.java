package org.momentos.recovery.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's tallies small (migrations V70-V72): marks cases whose first
 * contact or resolution deadline passed unmet (so the dashboard need not read them),
 * folds each day's differences into one row per key, and works out the recovery paradox
 * of the customers changed since. The figures are exact without it; it only keeps reads
 * cheap.
 */
@Component
public class DashboardTallies {

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	DashboardTallies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${momentos.recovery.tallies.fold-every:60s}", initialDelayString = "30s")
	public void fold() {
		markLapsed("contact_lapsed", "first_contact_at", "first_contact_due");
		markLapsed("resolution_lapsed", "resolved_at", "resolution_due");
		this.jdbc.sql("""
				select recovery_tallies_fold(workspace_id) from (
				  select workspace_id from recovery_case_tally where fresh
				  union select workspace_id from recovery_cause_tally where fresh
				  union select workspace_id from recovery_compensation_tally where fresh) w""")
			.query((rs, row) -> row)
			.list();
		this.jdbc
			.sql("select recovery_paradox_fold(workspace_id) from (select distinct workspace_id"
					+ " from recovery_customer_dirty) w")
			.query((rs, row) -> row)
			.list();
	}

	/**
	 * Marks the cases whose deadline passed by the {@link Clock}, a batch at a time,
	 * skipping cases someone is changing.
	 */
	private void markLapsed(String lapsed, String done, String due) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int marked;
		do {
			marked = this.jdbc
				.sql("""
						update recovery_case set %1$s = true where id in (select id from recovery_case
						  where %2$s is null and not %1$s and %3$s < ? limit %4$d for update skip locked)"""
					.formatted(lapsed, done, due, BATCH))
				.param(now)
				.update();
		}
		while (marked == BATCH);
	}

}
