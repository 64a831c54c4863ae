package org.momentos.platform;

import org.unbescape.html.HtmlEscape;

/**
 * Texts exported from web pages and APIs often keep their HTML entities: "I don&#39;t
 * like it", "their &quot;great&quot; service", at times escaped twice ("&amp;#39;"). They
 * are read as the characters they stand for, so "don&#39;t" is a negation, and shown as
 * them on the analysis page.
 */
public final class HtmlEntities {

	/** How many layers of escaping are undone, at most. */
	private static final int LAYERS = 3;

	private HtmlEntities() {
	}

	/** The text with its HTML entities turned into the characters they stand for. */
	public static String decode(String text) {
		String decoded = text;
		for (int layer = 0; layer < LAYERS && decoded.indexOf('&') >= 0; layer++) {
			String next = HtmlEscape.unescapeHtml(decoded);
			if (next.equals(decoded)) {
				break;
			}
			decoded = next;
		}
		return decoded;
	}

}
