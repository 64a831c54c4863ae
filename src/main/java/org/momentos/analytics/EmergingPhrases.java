package org.momentos.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.momentos.analytics.EmergingThemes.Emerging;
import org.momentos.analytics.Priorities.EmergingTheme;
import org.momentos.analytics.internal.PhraseQueries;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/**
 * Phrases on the rise among negative signals ("cobro duplicado ×4 this week"): every run
 * of 2 or 3 consecutive words of a bad or critical signal's text, none of them a Spanish
 * or English stop word (Snowball lists), counted once per signal; then the same test as
 * {@link EmergingThemes}: a one-sided two-proportion z-test per phrase on its share of
 * negative texts against the previous period of the same length, Benjamini–Hochberg at 5
 * %, at least 5 mentions. A phrase inside a longer emerging phrase with nearly as many
 * mentions is not repeated. Punctuation ends a phrase.
 */
@Service
public class EmergingPhrases {

	static final int MAX_TEXTS = 50_000;

	static final int MAX_SHOWN = 8;

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?¡¿()\\[\\]\"«»\\n]+");

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> STOP_WORDS = load("/analytics/stopwords-es.txt", "/analytics/stopwords-en.txt");

	private final PhraseQueries queries;

	EmergingPhrases(PhraseQueries queries) {
		this.queries = queries;
	}

	/**
	 * @param touchpoints only the negative signals of these touchpoints, or null for the
	 * whole workspace
	 */
	public List<EmergingTheme> of(WorkspaceAccess access, Collection<java.util.UUID> touchpoints, LocalDate from,
			LocalDate to) {
		access.require(Permission.VIEW);
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 3660) {
			throw Problem.invalid("analytics.period.invalid");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		List<String> before = this.queries.negativeTexts(access.workspaceId(), touchpoints, from.minusDays(days),
				from.minusDays(1), MAX_TEXTS);
		List<String> now = this.queries.negativeTexts(access.workspaceId(), touchpoints, from, to, MAX_TEXTS);
		return find(before, now);
	}

	static List<EmergingTheme> find(List<String> before, List<String> now) {
		Map<String, List<String>> examples = new HashMap<>();
		Map<String, Long> current = count(now, examples);
		List<Emerging> emerging = EmergingThemes.find(count(before, null), before.size(), current, now.size());
		List<EmergingTheme> shown = new ArrayList<>();
		for (Emerging phrase : emerging) {
			boolean repeated = emerging.stream()
				.anyMatch((other) -> other != phrase && (" " + other.theme() + " ").contains(" " + phrase.theme() + " ")
						&& other.mentions() >= 0.8 * phrase.mentions());
			if (!repeated && shown.size() < MAX_SHOWN) {
				shown.add(new EmergingTheme(phrase, examples.getOrDefault(phrase.theme(), List.of())));
			}
		}
		return List.copyOf(shown);
	}

	/** In how many texts each phrase occurs; keeps up to three examples when asked. */
	static Map<String, Long> count(List<String> texts, Map<String, List<String>> examples) {
		Map<String, Long> counts = new HashMap<>();
		for (String text : texts) {
			for (String phrase : phrases(text)) {
				counts.merge(phrase, 1L, Long::sum);
				if (examples != null) {
					List<String> some = examples.computeIfAbsent(phrase, (key) -> new ArrayList<>(3));
					if (some.size() < 3) {
						some.add(text);
					}
				}
			}
		}
		return counts;
	}

	/** The distinct phrases of 2 and 3 content words of a text, lower case. */
	static Set<String> phrases(String text) {
		Set<String> phrases = new LinkedHashSet<>();
		if (text == null) {
			return phrases;
		}
		for (String clause : CLAUSE_BREAK.split(text.toLowerCase(Locale.ROOT))) {
			addPhrases(WORD_BREAK.split(clause.strip()), phrases);
		}
		return phrases;
	}

	private static void addPhrases(String[] words, Set<String> phrases) {
		for (int start = 0; start < words.length; start++) {
			StringBuilder phrase = new StringBuilder();
			for (int end = start; end < words.length && end < start + 3; end++) {
				String word = words[end];
				if (word.length() < 2 || STOP_WORDS.contains(word)) {
					break;
				}
				phrase.append(end == start ? "" : " ").append(word);
				if (end > start) {
					phrases.add(phrase.toString());
				}
			}
		}
	}

	private static Set<String> load(String... resources) {
		Set<String> words = new java.util.HashSet<>();
		for (String resource : resources) {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					EmergingPhrases.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
				reader.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.forEach(words::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Set.copyOf(words);
	}

}
