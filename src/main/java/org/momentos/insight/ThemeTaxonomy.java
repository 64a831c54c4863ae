package org.momentos.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.momentos.insight.internal.DefaultThemes;

/**
 * The themes the engine looks for. Immutable: a workspace extends the default bilingual
 * CX taxonomy with {@link #with(Theme)} and {@link #withKeywords}, and builds its own
 * {@link TextAnalyzer} from the result.
 */
public final class ThemeTaxonomy {

	private final Map<String, Theme> themes;

	private ThemeTaxonomy(Map<String, Theme> themes) {
		this.themes = themes;
	}

	/** The default bilingual CX taxonomy shipped with Momentos (see docs/insight.md). */
	public static ThemeTaxonomy defaults() {
		return of(DefaultThemes.load());
	}

	/** A taxonomy of exactly these themes. */
	public static ThemeTaxonomy of(List<Theme> themes) {
		Map<String, Theme> byId = new LinkedHashMap<>();
		for (Theme theme : themes) {
			if (byId.putIfAbsent(theme.id(), theme) != null) {
				throw new IllegalArgumentException("Duplicate theme id: " + theme.id());
			}
		}
		return new ThemeTaxonomy(java.util.Collections.unmodifiableMap(byId));
	}

	/** This taxonomy with one more theme, or with the theme of the same id replaced. */
	public ThemeTaxonomy with(Theme theme) {
		Map<String, Theme> byId = new LinkedHashMap<>(this.themes);
		byId.put(theme.id(), theme);
		return new ThemeTaxonomy(java.util.Collections.unmodifiableMap(byId));
	}

	/** This taxonomy with more keywords for an existing theme. */
	public ThemeTaxonomy withKeywords(String themeId, Language language, List<String> keywords) {
		Theme theme = theme(themeId)
			.orElseThrow(() -> new IllegalArgumentException("No theme '" + themeId + "' in the taxonomy"));
		return with(theme.withKeywords(language, keywords));
	}

	public List<Theme> themes() {
		return new ArrayList<>(this.themes.values());
	}

	public Optional<Theme> theme(String id) {
		return Optional.ofNullable(this.themes.get(id));
	}

}
