package org.momentos.journey.internal;

import java.util.Locale;

/**
 * Writes SVG markup with every attribute value and text escaped for XML, so names typed
 * by users ({@code Tom & Jerry <b>}) can never break the document.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(32_768);

	/** Opens an element; attributes are name/value pairs. */
	SvgWriter open(String tag, Object... attributes) {
		this.out.append('<').append(tag);
		attributes(attributes);
		this.out.append(">\n");
		return this;
	}

	SvgWriter close(String tag) {
		this.out.append("</").append(tag).append(">\n");
		return this;
	}

	SvgWriter empty(String tag, Object... attributes) {
		this.out.append('<').append(tag);
		attributes(attributes);
		this.out.append("/>\n");
		return this;
	}

	/** An element holding only text, such as {@code <text>} or {@code <title>}. */
	SvgWriter element(String tag, String text, Object... attributes) {
		this.out.append('<').append(tag);
		attributes(attributes);
		this.out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
		return this;
	}

	SvgWriter raw(String markup) {
		this.out.append(markup);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private void attributes(Object[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name/value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value != null) {
				this.out.append(' ').append(attributes[i]).append("=\"").append(escape(format(value))).append('"');
			}
		}
	}

	/**
	 * Numbers with at most one decimal, always with a dot, whatever the default locale.
	 */
	static String format(Object value) {
		if (value instanceof Double number) {
			return (number == Math.rint(number)) ? Long.toString(Math.round(number))
					: String.format(Locale.ROOT, "%.1f", number);
		}
		return String.valueOf(value);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					// Control characters are not allowed in XML 1.0; drop them.
					if (c >= 0x20 || c == '\n' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
