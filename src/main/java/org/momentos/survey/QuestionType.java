package org.momentos.survey;

/** The kinds of question a survey can ask; scales carry their range. */
public enum QuestionType {

	/** Net Promoter Score: likelihood to recommend, 0 to 10. */
	NPS(0, 10),

	/** Customer satisfaction, 1 to 5. */
	CSAT(1, 5),

	/** Customer effort score: how easy it was, 1 to 7 (higher is easier). */
	CES(1, 7),

	/** One to five stars. */
	STAR_RATING(1, 5),

	SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO,

	/** One line of text. */
	SHORT_TEXT,

	/** A paragraph. */
	LONG_TEXT;

	private final Integer min;

	private final Integer max;

	QuestionType() {
		this(null, null);
	}

	QuestionType(Integer min, Integer max) {
		this.min = min;
		this.max = max;
	}

	public boolean isScale() {
		return this.min != null;
	}

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	public boolean isText() {
		return this == SHORT_TEXT || this == LONG_TEXT;
	}

	public int min() {
		return this.min;
	}

	public int max() {
		return this.max;
	}

}
