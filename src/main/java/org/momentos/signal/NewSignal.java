package org.momentos.signal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A signal as it arrives, before it is checked and stored.
 *
 * @param source where it comes from
 * @param occurredAt when the customer spoke (defaults to now when null)
 * @param customerReference who spoke: an email, phone or id of the business (optional)
 * @param touchpointKey the touchpoint it is about (optional: inferred later)
 * @param scores NPS, CSAT, CES, rating (optional)
 * @param title a subject or headline (optional)
 * @param text what the customer said (optional when there are scores)
 * @param language {@code es} or {@code en} when known (optional)
 * @param attributes free attributes: store, agent, product, channel, segment...
 * @param externalId the id in the source system; with the source, a signal is stored once
 * @param idempotencyKey a client's retry key; a signal is stored once per key
 */
public record NewSignal(SignalSource source, Instant occurredAt, String customerReference, UUID touchpointKey,
		Scores scores, String title, String text, String language, Map<String, String> attributes, String externalId,
		String idempotencyKey) {

	public NewSignal {
		scores = scores == null ? Scores.NONE : scores;
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

}
