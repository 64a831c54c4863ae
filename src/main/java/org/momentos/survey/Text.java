package org.momentos.survey;

/**
 * A text in Spanish and English. A respondent sees the text of their language, or the
 * other one when a translation is missing.
 *
 * @param es the Spanish text
 * @param en the English text
 */
public record Text(String es, String en) {

	public static final Text EMPTY = new Text("", "");

	public Text {
		es = es == null ? "" : es.strip();
		en = en == null ? "" : en.strip();
	}

	public String in(String language) {
		String text = "es".equals(language) ? this.es : this.en;
		return text.isEmpty() ? ("es".equals(language) ? this.en : this.es) : text;
	}

	public boolean isBlank() {
		return this.es.isEmpty() && this.en.isEmpty();
	}

	public boolean isComplete() {
		return !this.es.isEmpty() && !this.en.isEmpty();
	}

}
