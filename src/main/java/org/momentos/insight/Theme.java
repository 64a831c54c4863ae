package org.momentos.insight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A theme of the CX taxonomy, such as {@code waiting_time}, with the keywords that reveal
 * it in each language. A keyword is a word or a phrase; a word ending in {@code *}
 * matches every word that starts with it ({@code esper*} matches "esperé", "esperando").
 * Case and accents are ignored.
 *
 * @param id stable identifier, lower case with underscores
 * @param nameEn English display name
 * @param nameEs Spanish display name
 * @param moment the moment of truth the theme usually belongs to, if any
 * @param keywords the keywords by language ({@link Language#UND} keywords apply to both)
 */
public record Theme(String id, String nameEn, String nameEs, Optional<InferredMoment> moment,
		Map<Language, List<String>> keywords) {

	public Theme {
		Objects.requireNonNull(id, "id");
		if (!id.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Theme id must be lower case letters, digits and '_': " + id);
		}
		EnumMap<Language, List<String>> copy = new EnumMap<>(Language.class);
		keywords.forEach((language, words) -> copy.put(language, List.copyOf(words)));
		keywords = java.util.Collections.unmodifiableMap(copy);
	}

	/** A workspace theme with keywords in both languages and no usual moment. */
	public static Theme of(String id, String nameEn, String nameEs, List<String> englishKeywords,
			List<String> spanishKeywords) {
		return new Theme(id, nameEn, nameEs, Optional.empty(),
				Map.of(Language.EN, englishKeywords, Language.ES, spanishKeywords));
	}

	/** The keywords for one language. */
	public List<String> keywords(Language language) {
		return this.keywords.getOrDefault(language, List.of());
	}

	/** This theme with more keywords for a language. */
	public Theme withKeywords(Language language, List<String> more) {
		Map<Language, List<String>> merged = new EnumMap<>(Language.class);
		merged.putAll(this.keywords);
		List<String> words = new ArrayList<>(keywords(language));
		words.addAll(more);
		merged.put(language, words);
		return new Theme(this.id, this.nameEn, this.nameEs, this.moment, merged);
	}

}
