package org.momentos.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * Which signals to list; every part optional.
 *
 * @param source only from this source
 * @param from occurred at or after
 * @param to occurred before
 * @param touchpointKey only about this touchpoint
 * @param customerReference only from this customer (raw; hashed as the workspace stores
 * it)
 * @param externalId only with this external id
 * @param text only with this text in the title or text (case-insensitive)
 */
public record SignalFilter(SignalSource source, Instant from, Instant to, UUID touchpointKey, String customerReference,
		String externalId, String text) {

	public static final SignalFilter ALL = new SignalFilter(null, null, null, null, null, null, null);

}
