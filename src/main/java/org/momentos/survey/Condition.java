package org.momentos.survey;

import java.util.List;

/**
 * Display logic: a question is shown only when an answer on an earlier page matches. For
 * a scale, the answer must lie between {@code min} and {@code max}; for a choice or
 * yes/no question, it must be (or include) {@code option}.
 *
 * @param question the key of the earlier question
 * @param min lowest matching score (scales)
 * @param max highest matching score (scales)
 * @param option the matching option key, or {@code yes}/{@code no}
 */
public record Condition(String question, Integer min, Integer max, String option) {

	/** Whether {@code answer} (what the earlier question stored, or null) matches. */
	public boolean matches(Object answer) {
		if (answer == null) {
			return false;
		}
		if (answer instanceof Number number) {
			int value = number.intValue();
			return (this.min == null || value >= this.min) && (this.max == null || value <= this.max);
		}
		if (answer instanceof List<?> chosen) {
			return chosen.contains(this.option);
		}
		return answer.equals(this.option);
	}

}
