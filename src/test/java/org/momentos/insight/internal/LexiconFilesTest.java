package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexicon files read in order, later lines overriding earlier ones: a word declared
 * as a modifier (a negation, an absence, a booster, a contrast) must not end up as a
 * plain sentiment line, which silently takes its modifying away ("no 0" once stopped "no"
 * from negating in English).
 */
class LexiconFilesTest {

	private static final Set<String> MODIFIERS = Set.of("@negator", "@absence", "@booster", "@contrast", "@concession",
			"@excess");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			english | emoji.tsv, names.tsv, vader_en.tsv, en_words.tsv, en.tsv
			spanish | emoji.tsv, names.tsv, senticon_es.tsv, es_words.tsv, es.tsv
			""")
	void aModifierIsNeverOverriddenByAPlainSentimentLine(String language, String files) throws IOException {
		Map<String, String> everModifier = new HashMap<>();
		Map<String, String> last = new HashMap<>();
		for (String file : files.split(",\\s*")) {
			for (String line : lines("/insight/lexicon/" + file)) {
				String[] fields = line.split("\t");
				if (fields[0].equals("@stem") || fields[0].equals("@transparent")) {
					continue;
				}
				boolean directive = fields[0].startsWith("@");
				String pattern = Tokenizer.foldWord((directive ? fields[1] : fields[0]).strip());
				if (MODIFIERS.contains(fields[0])) {
					everModifier.put(pattern, file + ": " + line);
				}
				last.put(pattern, directive ? fields[0] : "plain");
			}
		}
		List<String> lost = new ArrayList<>();
		everModifier.forEach((pattern, declared) -> {
			if (last.get(pattern).equals("plain")) {
				lost.add(declared);
			}
		});
		assertThat(lost).as("modifiers later overridden by a plain sentiment line").isEmpty();
	}

	/**
	 * Emoticons are matched as written (":P" is not ":p"), so they are compared as
	 * written.
	 */
	private static final String EMOTICONS = "emoji.tsv";

	/** Directives that list words for a rule rather than patterns of the phrase index. */
	private static final Set<String> WORD_LISTS = Set.of("@transparent", "@polite", "@request", "@conditional",
			"@repeat", "@again", "@stem");

	/**
	 * A pattern is written once per file, whatever its directive and however it is
	 * accented ("volvería" and "volveria" are one pattern): a second line for it silently
	 * replaces the first, so one of the two choices someone made is lost.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en.tsv", "en_words.tsv", "es.tsv", "es_words.tsv", "emoji.tsv", "names.tsv" })
	void eachPatternIsWrittenOncePerFile(String file) throws IOException {
		Map<String, String> first = new HashMap<>();
		List<String> repeated = new ArrayList<>();
		for (String line : lines("/insight/lexicon/" + file)) {
			String[] fields = line.split("\t");
			String key = fields[0].startsWith("@") ? fields[0] + " " + fields[1] : fields[0];
			if (!file.equals(EMOTICONS)) {
				boolean indexed = !fields[0].startsWith("@") || !WORD_LISTS.contains(fields[0]);
				key = indexed ? folded(fields[0].startsWith("@") ? fields[1] : fields[0]) : key;
			}
			String before = first.putIfAbsent(key, line);
			if (before != null) {
				repeated.add(before + "  /  " + line);
			}
		}
		assertThat(repeated).as(file + ": patterns written twice").isEmpty();
	}

	/**
	 * A phrase matches the text it is written as: "not good, not bad" once never matched,
	 * as its comma stuck to "good" while a text's comma is a token of its own.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en.tsv", "en_words.tsv", "es.tsv", "es_words.tsv" })
	void eachPhraseMatchesTheTextItIsWrittenAs(String file) throws IOException {
		List<String> unmatched = new ArrayList<>();
		for (String line : lines("/insight/lexicon/" + file)) {
			String[] fields = line.split("\t");
			String pattern = fields[0].startsWith("@") ? fields[1] : fields[0];
			if ((fields[0].startsWith("@") && WORD_LISTS.contains(fields[0])) || pattern.contains("*")
					|| !pattern.strip().contains(" ")) {
				continue;
			}
			PhraseIndex<String> index = new PhraseIndex<>();
			index.add(pattern, line);
			List<Token> tokens = Tokenizer.tokenize(pattern);
			PhraseIndex.Match<String> match = tokens.isEmpty() ? null : index.longestAt(tokens, 0);
			if (match == null || match.length() != tokens.size()) {
				unmatched.add(line);
			}
		}
		assertThat(unmatched).as(file + ": phrases that do not match their own text").isEmpty();
	}

	@Test
	void aNameHoldsNoOpinion() throws IOException {
		List<String> weighed = new ArrayList<>();
		for (String line : lines("/insight/lexicon/names.tsv")) {
			String[] fields = line.split("\t");
			if (fields.length != 2 || fields[0].startsWith("@") || Double.parseDouble(fields[1]) != 0.0) {
				weighed.add(line);
			}
		}
		assertThat(weighed).as("names.tsv: lines that are not a name of weight 0").isEmpty();
	}

	private static String folded(String pattern) {
		StringBuilder key = new StringBuilder();
		for (String word : pattern.strip().split("\\s+")) {
			key.append(Tokenizer.foldWord(word)).append(' ');
		}
		return key.toString();
	}

	private static List<String> lines(String resource) throws IOException {
		List<String> lines = new ArrayList<>();
		try (InputStream in = LexiconFilesTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

}
