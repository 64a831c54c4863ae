package org.momentos.survey;

import org.momentos.workspace.WorkspaceId;

/**
 * A respondent agreed to be contacted about their answer (offered to detractors); the
 * recovery module can open a case with it.
 *
 * @param workspace whose survey
 * @param survey the survey
 * @param response the response id
 * @param signal the signal the response became, if converted already
 * @param customerReference who answered, when invited personally
 */
public record ContactConsented(WorkspaceId workspace, SurveyId survey, long response, Long signal,
		String customerReference) {
}
