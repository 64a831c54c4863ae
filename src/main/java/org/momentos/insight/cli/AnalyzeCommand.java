package org.momentos.insight.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.momentos.insight.Language;
import org.momentos.insight.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momentos analyze}: reads feedback from a JSON Lines or CSV file and writes one
 * JSON line of analysis per record, in the same order. Streams, so memory stays constant
 * however long the file; prints the throughput to stderr. Does not start Spring.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = "Analyze customer feedback: language, sentiment, aspects, themes, moment, effort, flags.")
public class AnalyzeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--in", required = true, paramLabel = "FILE", description = "Input file: JSON Lines or CSV.")
	Path in;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (JSON Lines).")
	Path out;

	@Option(names = "--format", paramLabel = "jsonl|csv",
			description = "Input format (default: csv if the file name ends in .csv, else jsonl).")
	InputFormat format;

	@Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
			description = "Field or column holding the text (default ${DEFAULT-VALUE}).")
	String textField;

	@Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
			description = "Field or column holding the id (default ${DEFAULT-VALUE}).")
	String idField;

	@Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|es|en",
			description = "Language of the texts, or auto to detect it per text (default ${DEFAULT-VALUE}).")
	String lang;

	@Override
	public Integer call() throws IOException {
		long started = System.nanoTime();
		Language language = LanguageOption.parse(this.lang);
		TextAnalyzer analyzer = TextAnalyzer.create();
		long records = 0;
		long errors = 0;
		try (FeedbackSource source = InputFormat.of(this.format, this.in)
			.open(this.in, this.idField, this.textField, Set.of());
				BufferedWriter writer = Files.newBufferedWriter(this.out, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder(512);
			Feedback feedback;
			while ((feedback = source.next()) != null) {
				line.setLength(0);
				if (feedback.error() != null) {
					JsonOut.appendError(line, feedback.id(), "line " + feedback.line() + ": " + feedback.error());
					errors++;
				}
				else {
					JsonOut.append(line, feedback.id(), analyzer.analyze(feedback.text(), language));
				}
				writer.append(line);
				records++;
			}
		}
		Throughput.report(this.spec.commandLine().getErr(), records, started);
		if (errors > 0) {
			PrintWriter err = this.spec.commandLine().getErr();
			err.printf("%d unreadable record(s): see the \"error\" lines in %s%n", errors, this.out);
			err.flush();
		}
		return 0;
	}

}
