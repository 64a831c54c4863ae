package org.momentos.survey;

/** Whether a survey takes answers. */
public enum SurveyStatus {

	/** Being built: only previews. */
	DRAFT,

	/** Takes answers. */
	OPEN,

	/** No longer takes answers; results stay. */
	CLOSED

}
