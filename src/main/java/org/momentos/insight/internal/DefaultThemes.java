package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.momentos.insight.InferredMoment;
import org.momentos.insight.Language;
import org.momentos.insight.Theme;

/** Reads the default theme taxonomy from {@code /insight/themes.tsv}. */
public final class DefaultThemes {

	private static final String RESOURCE = "/insight/themes.tsv";

	private DefaultThemes() {
	}

	public static List<Theme> load() {
		try (InputStream in = DefaultThemes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Theme> parse(List<String> lines) {
		List<Theme> themes = new ArrayList<>();
		String[] header = null;
		Map<Language, List<String>> keywords = new EnumMap<>(Language.class);
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			if (fields[0].equals("theme")) {
				if (header != null) {
					themes.add(theme(header, keywords));
				}
				header = fields;
				keywords = new EnumMap<>(Language.class);
			}
			else if (header != null && fields.length == 2) {
				List<String> words = Arrays.stream(fields[1].split(","))
					.map(String::strip)
					.filter((word) -> !word.isEmpty())
					.toList();
				keywords.put(Language.ofCode(fields[0]), words);
			}
			else {
				throw new IllegalStateException("Unexpected line in " + RESOURCE + ": " + line);
			}
		}
		if (header != null) {
			themes.add(theme(header, keywords));
		}
		return themes;
	}

	private static Theme theme(String[] header, Map<Language, List<String>> keywords) {
		Optional<InferredMoment> moment = header[2].equals("-") ? Optional.empty()
				: Optional.of(InferredMoment.valueOf(header[2]));
		return new Theme(header[1], header[3], header[4], moment, keywords);
	}

}
