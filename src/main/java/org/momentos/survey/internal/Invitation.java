package org.momentos.survey.internal;

import java.time.Instant;
import java.util.Map;

import org.momentos.survey.SurveyId;
import org.momentos.workspace.WorkspaceId;

/**
 * A personal invitation: single use, with an expiry, a customer reference and hidden
 * fields that the response carries on into its signal.
 */
record Invitation(long id, WorkspaceId workspace, SurveyId survey, String customerReference, String email,
		String language, Map<String, String> attributes, String channel, String baseUrl, String status,
		String skipReason, Instant expiresAt, Instant createdAt, Instant sentAt, Instant remindedAt, Instant usedAt) {

	boolean isExpired(Instant now) {
		return this.expiresAt != null && now.isAfter(this.expiresAt);
	}

}
