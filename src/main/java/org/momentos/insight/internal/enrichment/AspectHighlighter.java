package org.momentos.insight.internal.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.momentos.insight.Aspect;
import org.momentos.insight.Theme;
import org.momentos.insight.ThemeTaxonomy;
import org.momentos.platform.HtmlEntities;

import org.springframework.stereotype.Component;

/**
 * Cuts a text into plain parts and the aspects the engine found, in text order, for the
 * analysis fragment ({@code @aspectHighlighter} in templates). The text is shown as the
 * engine read it, with HTML entities left by an export decoded ("don&#39;t" is shown
 * "don't"; the template escapes it again). An aspect is looked for after the previous
 * one, ignoring case; one that cannot be found is left out of the text (the fragment
 * still lists it).
 */
@Component("aspectHighlighter")
public class AspectHighlighter {

	private final ThemeTaxonomy taxonomy = ThemeTaxonomy.defaults();

	/** A part of the text: an aspect, or plain text when {@code aspect} is null. */
	public record Part(String text, Aspect aspect) {

	}

	public List<Part> parts(String written, List<Aspect> aspects) {
		List<Part> parts = new ArrayList<>();
		if (written == null) {
			return parts;
		}
		String text = HtmlEntities.decode(written);
		int from = 0;
		for (Aspect aspect : aspects) {
			int at = indexOfIgnoringCase(text, aspect.text(), from);
			if (at < 0) {
				continue;
			}
			if (at > from) {
				parts.add(new Part(text.substring(from, at), null));
			}
			parts.add(new Part(text.substring(at, at + aspect.text().length()), aspect));
			from = at + aspect.text().length();
		}
		if (from < text.length()) {
			parts.add(new Part(text.substring(from), null));
		}
		return parts;
	}

	/** The name of a theme in the reader's language, or its id when unknown. */
	public String themeName(String id, Locale locale) {
		Theme theme = this.taxonomy.theme(id).orElse(null);
		if (theme == null) {
			return id;
		}
		return "es".equals(locale.getLanguage()) ? theme.nameEs() : theme.nameEn();
	}

	private static boolean isLetter(String text, int at) {
		return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
	}

	private static int indexOfIgnoringCase(String text, String word, int from) {
		for (int at = from; at + word.length() <= text.length(); at++) {
			if (text.regionMatches(true, at, word, 0, word.length()) && !isLetter(text, at - 1)
					&& !isLetter(text, at + word.length())) {
				return at;
			}
		}
		return -1;
	}

}
