package org.momentos.insight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The input formats of {@code analyze} and {@code eval}. */
public enum InputFormat {

	JSONL, CSV;

	/** The format given, or the one the file name suggests (JSON Lines by default). */
	static InputFormat of(InputFormat given, Path file) {
		if (given != null) {
			return given;
		}
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
	}

	FeedbackSource open(Path file, String idField, String textField, Set<String> extraFields) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		try {
			return (this == CSV) ? new CsvSource(reader, idField, textField, extraFields)
					: new JsonLinesSource(reader, idField, textField, extraFields);
		}
		catch (IOException | RuntimeException ex) {
			reader.close();
			throw ex;
		}
	}

}
