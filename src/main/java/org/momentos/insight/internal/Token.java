package org.momentos.insight.internal;

/**
 * One token of a text.
 *
 * @param kind word, emoji, emoticon or punctuation
 * @param text the characters as written, with the {@code #} of a hashtag
 * @param form the folded form: lower case, no accents or apostrophes, letters repeated
 * three times or more cut to two ("goooood" becomes "good")
 * @param alt for elongated words, the form with those letters cut to one ("buenooo"
 * becomes "bueno"); otherwise {@code null}
 * @param allCaps whether the word is written in capitals (two letters or more)
 */
public record Token(Kind kind, String text, String form, String alt, boolean allCaps) {

	public enum Kind {

		WORD, EMOJI, EMOTICON, PUNCT

	}

	public boolean isWord() {
		return this.kind == Kind.WORD;
	}

	public boolean isPunct() {
		return this.kind == Kind.PUNCT;
	}

	/** A word written as a hashtag: "#badservice". */
	public boolean isHashtag() {
		return this.kind == Kind.WORD && this.text.startsWith("#");
	}

	public boolean isElongated() {
		return this.alt != null;
	}

	/**
	 * Whether this token is the pattern word {@code word}, or starts with it if prefix.
	 */
	boolean matches(String word, boolean prefix) {
		if (prefix) {
			return this.form.startsWith(word) || (this.alt != null && this.alt.startsWith(word));
		}
		return this.form.equals(word) || (this.alt != null && this.alt.equals(word));
	}

}
