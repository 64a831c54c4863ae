package org.momentos.survey;

/** Identifies a survey inside the database (never shown to respondents). */
public record SurveyId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
