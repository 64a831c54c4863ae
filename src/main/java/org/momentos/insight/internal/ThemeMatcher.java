package org.momentos.insight.internal;

import java.util.ArrayList;
import java.util.List;

import org.momentos.insight.Language;
import org.momentos.insight.Theme;
import org.momentos.insight.ThemeTaxonomy;

/** Finds the keywords of a taxonomy's themes in a token list. */
public final class ThemeMatcher {

	/** A keyword found: the theme, the first token and how many tokens it covers. */
	public record Mention(Theme theme, int at, int length) {

	}

	private final PhraseIndex<Theme> spanish = new PhraseIndex<>();

	private final PhraseIndex<Theme> english = new PhraseIndex<>();

	public ThemeMatcher(ThemeTaxonomy taxonomy) {
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
				mentions.add(new Mention(match.value(), i, match.length()));
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

}
