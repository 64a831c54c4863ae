package org.momentos.survey;

import java.time.Instant;
import java.util.UUID;

import org.momentos.workspace.WorkspaceId;

/**
 * A questionnaire bound to one touchpoint of a journey.
 *
 * @param id its id
 * @param workspace whose it is
 * @param publicId the random id in its public address {@code /s/{publicId}}
 * @param name what the team calls it
 * @param touchpointKey the touchpoint it asks about (the moment it follows)
 * @param status draft, open or closed
 * @param version incremented on each saved change; responses record the version they
 * answered
 * @param definition the questions and texts of this version
 * @param updatedAt last change
 */
public record Survey(SurveyId id, WorkspaceId workspace, String publicId, String name, UUID touchpointKey,
		SurveyStatus status, int version, SurveyDefinition definition, Instant updatedAt) {

	public boolean isOpen() {
		return this.status == SurveyStatus.OPEN;
	}

}
