package org.momentos.survey.internal;

import java.time.Instant;
import java.util.Map;

import org.momentos.survey.SurveyId;
import org.momentos.workspace.WorkspaceId;

/**
 * What one respondent answered so far.
 *
 * @param id its id
 * @param workspace whose survey
 * @param survey the survey
 * @param surveyVersion the definition version answered
 * @param token the secret in the respondent's address; whoever has it may continue
 * @param invitationId the personal invitation it came from, if any
 * @param channel link, qr, embed, email or personal
 * @param language es or en
 * @param answers by question key
 * @param page the page the respondent is on
 * @param complete whether they finished
 * @param contactConsent whether they agreed to be contacted
 * @param customerReference from the invitation
 * @param attributes hidden fields from the invitation
 * @param completedAt when they finished
 * @param signalId the signal it became, once converted
 */
record SurveyResponse(long id, WorkspaceId workspace, SurveyId survey, int surveyVersion, String token,
		Long invitationId, String channel, String language, Map<String, Object> answers, int page, boolean complete,
		boolean contactConsent, String customerReference, Map<String, String> attributes, Instant completedAt,
		Long signalId) {
}
