package org.momentos.platform;

import java.util.Collection;

/**
 * PostgreSQL array literals ({@code {"a","b",NULL}}), so a whole column of a batch
 * travels as one parameter, cast in SQL ({@code ?::text[]}, {@code ?::bigint[]}, ...).
 */
public final class PgArrays {

	private PgArrays() {
	}

	/** Every element quoted (null as NULL), so any text is safe. */
	public static String of(Collection<?> values) {
		StringBuilder array = new StringBuilder(values.size() * 12).append('{');
		boolean first = true;
		for (Object value : values) {
			if (!first) {
				array.append(',');
			}
			first = false;
			if (value == null) {
				array.append("NULL");
			}
			else {
				array.append('"');
				String text = value.toString();
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c == '"' || c == '\\') {
						array.append('\\');
					}
					array.append(c);
				}
				array.append('"');
			}
		}
		return array.append('}').toString();
	}

}
