package org.momentos.signal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.momentos.workspace.WorkspaceId;

/**
 * One piece of customer voice, as stored.
 *
 * @param id its id
 * @param workspace whose it is
 * @param source where it came from
 * @param occurredAt when the customer spoke
 * @param receivedAt when Momentos stored it
 * @param customerReference who spoke, if known
 * @param touchpointKey the touchpoint it is about, if known
 * @param journeyVersion the published journey version the touchpoint was in on arrival,
 * if any
 * @param scores what the customer scored
 * @param title a subject or headline
 * @param text what the customer said
 * @param language {@code es}/{@code en} when known
 * @param attributes free attributes
 * @param externalId the id in the source system
 */
public record Signal(SignalId id, WorkspaceId workspace, SignalSource source, Instant occurredAt, Instant receivedAt,
		String customerReference, UUID touchpointKey, Integer journeyVersion, Scores scores, String title, String text,
		String language, Map<String, String> attributes, String externalId) {
}
