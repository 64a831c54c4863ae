package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.momentos.insight.Language;
import org.momentos.insight.Theme;
import org.momentos.insight.ThemeTaxonomy;

/**
 * Finds the keywords of a taxonomy's themes in a token list. The phrases of
 * {@code /insight/no_theme.tsv} hold a keyword but name no theme ("huele a quemado" is no
 * cleanliness): found as keywords are, longest first, they hide the keyword inside.
 */
public final class ThemeMatcher {

	static final String NO_THEME = "/insight/no_theme.tsv";

	/** The lines of {@link #NO_THEME}, read once per process. */
	private static final List<String> NO_THEME_LINES = noThemeLines();

	/** The value of a phrase that names no theme. */
	private static final Theme NONE = new Theme("none", "None", "Ninguno", Optional.empty(), Map.of());

	/** A keyword found: the theme, the first token and how many tokens it covers. */
	public record Mention(Theme theme, int at, int length) {

	}

	private final PhraseIndex<Theme> spanish = new PhraseIndex<>();

	private final PhraseIndex<Theme> english = new PhraseIndex<>();

	public ThemeMatcher(ThemeTaxonomy taxonomy) {
		for (String line : NO_THEME_LINES) {
			String[] fields = line.split("\t");
			PhraseIndex<Theme> index = fields[0].equals("es") ? this.spanish : this.english;
			for (String phrase : fields[1].split(",")) {
				index.add(phrase.strip(), NONE);
			}
		}
		for (Theme theme : taxonomy.themes()) {
			theme.keywords(Language.ES).forEach((keyword) -> this.spanish.add(keyword, theme));
			theme.keywords(Language.EN).forEach((keyword) -> this.english.add(keyword, theme));
			theme.keywords(Language.UND).forEach((keyword) -> {
				this.spanish.add(keyword, theme);
				this.english.add(keyword, theme);
			});
		}
	}

	/** The keywords in text order; undetermined texts are searched in both languages. */
	public List<Mention> mentions(List<Token> tokens, Language language) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < tokens.size();) {
			PhraseIndex.Match<Theme> match = switch (language) {
				case ES -> this.spanish.longestAt(tokens, i);
				case EN -> this.english.longestAt(tokens, i);
				case UND -> longer(this.spanish.longestAt(tokens, i), this.english.longestAt(tokens, i));
			};
			if (match == null) {
				i++;
			}
			else {
				if (match.value() != NONE) {
					mentions.add(new Mention(match.value(), i, match.length()));
				}
				i += match.length();
			}
		}
		return mentions;
	}

	private static PhraseIndex.Match<Theme> longer(PhraseIndex.Match<Theme> a, PhraseIndex.Match<Theme> b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.length() > a.length()) ? b : a;
	}

	private static List<String> noThemeLines() {
		try (InputStream in = ThemeMatcher.class.getResourceAsStream(NO_THEME)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + NO_THEME);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
