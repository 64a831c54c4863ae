package org.momentos.signal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.momentos.signal.SignalId;
import org.momentos.signal.SignalsErased;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges signals older than their workspace's retention period, every night, in batches
 * (each with its {@link SignalsErased} event, so derived data goes too).
 */
@Component
public class SignalRetention {

	private static final Logger logger = LoggerFactory.getLogger(SignalRetention.class);

	static final int BATCH = 5_000;

	private final SignalStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemUTC();

	SignalRetention(SignalStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
			AuditTrail audit) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
		this.audit = audit;
	}

	@Scheduled(cron = "${momentos.signals.retention-cron:0 30 3 * * *}")
	public void purgeExpired() {
		Map<WorkspaceId, Integer> periods = this.store.retentionPeriods();
		periods.forEach((workspace, days) -> {
			long purged = purge(workspace, this.clock.instant().minus(Duration.ofDays(days)));
			if (purged > 0) {
				this.audit.record(workspace, "system", "signals.retentionPurged",
						purged + " older than " + days + " days");
				logger.info("Purged {} signals of workspace {} (retention {} days)", purged, workspace, days);
			}
		});
	}

	/**
	 * Deletes every signal of the workspace that occurred before the cutoff; how many.
	 */
	public long purge(WorkspaceId workspace, Instant cutoff) {
		long total = 0;
		while (true) {
			List<SignalId> purged = this.transactions.execute((status) -> {
				List<SignalId> ids = this.store.deleteOccurredBefore(workspace, cutoff, BATCH);
				if (!ids.isEmpty()) {
					this.events.publishEvent(new SignalsErased(workspace, ids, SignalsErased.Reason.RETENTION));
				}
				return ids;
			});
			total += purged.size();
			if (purged.size() < BATCH) {
				return total;
			}
		}
	}

}
