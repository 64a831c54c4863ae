package org.momentos.insight;

/** The language of a text: Spanish, English, or undetermined (too short or neither). */
public enum Language {

	ES("es"), EN("en"), UND("und");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** The ISO 639-1 code, or {@code und}. */
	public String code() {
		return this.code;
	}

	/** Reads a code such as {@code es}, {@code EN} or {@code und}. */
	public static Language ofCode(String code) {
		for (Language language : values()) {
			if (language.code.equalsIgnoreCase(code.strip())) {
				return language;
			}
		}
		throw new IllegalArgumentException("Unknown language '" + code + "': expected es, en or und");
	}

}
