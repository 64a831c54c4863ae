package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.momentos.insight.Language;

/** Counts the effort, urgency and moment cues of {@code /insight/cues.tsv} in a text. */
public final class CueDetector {

	private static final String RESOURCE = "/insight/cues.tsv";

	private final Map<Language, PhraseIndex<Set<Cue>>> indexes = new EnumMap<>(Language.class);

	public CueDetector() {
		Map<Language, Map<String, Set<Cue>>> patterns = new EnumMap<>(Language.class);
		for (String line : lines()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			Cue cue = Cue.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT));
			Map<String, Set<Cue>> byPattern = patterns.computeIfAbsent(Language.ofCode(fields[1]),
					(language) -> new LinkedHashMap<>());
			for (String pattern : fields[2].split(",")) {
				if (!pattern.isBlank()) {
					byPattern.computeIfAbsent(pattern.strip(), (p) -> EnumSet.noneOf(Cue.class)).add(cue);
				}
			}
		}
		patterns.forEach((language, byPattern) -> {
			PhraseIndex<Set<Cue>> index = new PhraseIndex<>();
			byPattern.forEach(index::add);
			this.indexes.put(language, index);
		});
	}

	/**
	 * How many times each cue occurs; undetermined texts are searched in both languages.
	 */
	public Map<Cue, Integer> count(List<Token> tokens, Language language) {
		Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
		if (language == Language.UND) {
			count(tokens, this.indexes.get(Language.ES), counts);
			count(tokens, this.indexes.get(Language.EN), counts);
		}
		else {
			count(tokens, this.indexes.get(language), counts);
		}
		if (WaitDurations.in(tokens)) {
			counts.merge(Cue.EFFORT2, 1, Integer::sum);
		}
		return counts;
	}

	private static void count(List<Token> tokens, PhraseIndex<Set<Cue>> index, Map<Cue, Integer> counts) {
		for (int i = 0; i < tokens.size();) {
			PhraseIndex.Match<Set<Cue>> match = index.longestAt(tokens, i);
			if (match == null) {
				i++;
				continue;
			}
			for (Cue cue : match.value()) {
				if (cue != Cue.NONE && (cue != Cue.CHURN || !(negatedBefore(tokens, i) || switchedBefore(tokens, i)))
						&& (cue != Cue.LEGAL || !citedBefore(tokens, i))
						&& (!isEffort(cue) || !patronage(tokens, i, match.length()))) {
					counts.merge(cue, 1, Integer::sum);
				}
			}
			i += match.length();
		}
	}

	/**
	 * Negations that take back a threat to leave: "no me cambio ni loco", "I'm not
	 * switching to". Fears take it back too ({@link #FEARS}).
	 */
	private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nunca", "jamas", "ni", "wouldnt", "wont",
			"dont", "didnt", "nor");

	/**
	 * Words of fear before a change that did happen and went well: "me daba miedo
	 * cambiarme de compañía", "I was dreading switching to".
	 */
	private static final Set<String> FEARS = Set.of("miedo", "pereza", "afraid", "scared", "dreading", "dreaded",
			"worried", "nervous");

	private static boolean negatedBefore(List<Token> tokens, int at) {
		return anyWithin(tokens, at, 2, NEGATIONS) || anyWithin(tokens, at, 2, FEARS);
	}

	/**
	 * Words of a customer who came to the product: "Switched from the default app and I'm
	 * never going back" is loyalty, not a threat to leave.
	 */
	private static final Set<String> SWITCHED = Set.of("switched", "switching", "cambie");

	private static boolean switchedBefore(List<Token> tokens, int at) {
		return anyWithin(tokens, at, 9, SWITCHED);
	}

	private static boolean isEffort(Cue cue) {
		return cue == Cue.EFFORT || cue == Cue.EFFORT2;
	}

	/**
	 * Verbs of coming back as a customer: "we have stayed here several times", "he
	 * comprado varias veces", "been there many times", "I have worn it three times" count
	 * loyalty or use, not effort.
	 */
	private static final Set<String> PATRONAGE = Set.of("stayed", "been", "visited", "eaten", "bought", "purchased",
			"used", "flown", "returned", "estado", "estuve", "estuvimos", "alojado", "alojada", "alojados", "alojamos",
			"aloje", "hospedado", "hospedada", "hospedados", "hospedamos", "ido", "fui", "fuimos", "venido", "vine",
			"vinimos", "venimos", "comprado", "compre", "compramos", "repetido", "repetimos", "visitado", "visite",
			"visitamos", "comido", "comimos", "usado", "volado", "volamos", "worn", "wore", "washed", "puesto",
			"lavado");

	/**
	 * Whether a count of times ("several times", "varias veces") follows a verb of
	 * patronage within three words.
	 */
	private static boolean patronage(List<Token> tokens, int at, int length) {
		String last = tokens.get(at + length - 1).form();
		return (last.equals("times") || last.equals("veces")) && anyWithin(tokens, at, 3, PATRONAGE);
	}

	/**
	 * Words that name a source rather than a threat: "según la OCU", "according to the
	 * BBB" cite a consumer body, "voy a denunciar a la OCU" goes to it.
	 */
	private static final Set<String> CITING = Set.of("segun", "according", "acorde", "per");

	private static boolean citedBefore(List<Token> tokens, int at) {
		return anyWithin(tokens, at, 3, CITING);
	}

	/**
	 * Whether one of {@code words} is among the {@code reach} words before, in its
	 * clause.
	 */
	private static boolean anyWithin(List<Token> tokens, int at, int reach, Set<String> words) {
		for (int k = at - 1; k >= 0 && k >= at - reach; k--) {
			Token token = tokens.get(k);
			if (token.isPunct()) {
				return false;
			}
			if (words.contains(token.form())) {
				return true;
			}
		}
		return false;
	}

	private static List<String> lines() {
		try (InputStream in = CueDetector.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
