package org.momentos.signal.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.momentos.workspace.WorkspaceId;

import org.springframework.stereotype.Component;

/**
 * The signal API's rate per workspace (token buckets in this instance's memory): each
 * request takes one token; a workspace may burst to one second's worth.
 */
@Component
class IngestRate {

	private final SignalSettings settings;

	private final Cache<WorkspaceId, Limit> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(10_000)
		.build();

	IngestRate(SignalSettings settings) {
		this.settings = settings;
	}

	/** Lets the request through, or says in how many seconds to come back. */
	void admit(WorkspaceId workspace) {
		int perSecond = this.settings.of(workspace).requestsPerSecond();
		Limit limit = this.buckets.asMap()
			.compute(workspace,
					(id, old) -> (old != null && old.perSecond() == perSecond) ? old
							: new Limit(perSecond,
									Bucket.builder()
										.addLimit((bandwidth) -> bandwidth.capacity(perSecond)
											.refillGreedy(perSecond, Duration.ofSeconds(1)))
										.build()));
		ConsumptionProbe probe = limit.bucket().tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateExceeded(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
		}
	}

	private record Limit(int perSecond, Bucket bucket) {
	}

	/** The workspace is over its rate. */
	static final class RateExceeded extends RuntimeException {

		private final long retryAfterSeconds;

		RateExceeded(long retryAfterSeconds) {
			super("rate exceeded", null, false, false);
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
