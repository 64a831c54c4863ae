package org.momentos.survey;

import org.momentos.workspace.WorkspaceId;

/**
 * A response was turned into a signal (complete, or partial after its timeout).
 *
 * @param workspace whose survey
 * @param survey the survey
 * @param response the response id
 * @param signal the signal it became
 * @param complete whether the respondent finished
 * @param customerReference who answered, when invited personally
 */
public record SurveyResponded(WorkspaceId workspace, SurveyId survey, long response, long signal, boolean complete,
		String customerReference) {
}
