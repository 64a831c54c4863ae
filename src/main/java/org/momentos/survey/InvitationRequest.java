package org.momentos.survey;

import java.util.Map;
import java.util.UUID;

/**
 * Asks Momentos to invite a customer after a touchpoint event (an order delivered, a
 * support ticket closed).
 *
 * @param touchpointKey the touchpoint that just happened; its open survey is sent
 * @param customerReference who the customer is in the caller's system (required)
 * @param email where to send the invitation (optional: without it, or without SMTP, the
 * answer carries the link for the caller to deliver)
 * @param language {@code es} or {@code en} (default {@code es})
 * @param attributes hidden fields carried into the response's signal (order, store...)
 */
public record InvitationRequest(UUID touchpointKey, String customerReference, String email, String language,
		Map<String, String> attributes) {

	public InvitationRequest {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

}
