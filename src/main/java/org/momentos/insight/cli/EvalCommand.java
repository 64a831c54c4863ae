package org.momentos.insight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.momentos.insight.Language;
import org.momentos.insight.Sentiment;
import org.momentos.insight.SentimentLabel;
import org.momentos.insight.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momentos eval}: measures the sentiment of the engine against labelled feedback
 * ({@code {"id", "text", "label"}}; labels negative, neutral, positive). A record with an
 * {@code aspect} field is scored on the sentiment towards that aspect.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = "Measure sentiment accuracy, macro-F1 and the confusion matrix on a labelled file.")
public class EvalCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--in", required = true, paramLabel = "FILE",
			description = "Labelled file: JSON Lines {\"id\",\"text\",\"label\"[,\"aspect\"]} or CSV.")
	Path in;

	@Option(names = "--format", paramLabel = "jsonl|csv",
			description = "Input format (default: csv if the file name ends in .csv, else jsonl).")
	InputFormat format;

	@Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
			description = "Field holding the text (default ${DEFAULT-VALUE}).")
	String textField;

	@Option(names = "--label-field", defaultValue = "label", paramLabel = "NAME",
			description = "Field holding the true label (default ${DEFAULT-VALUE}).")
	String labelField;

	@Option(names = "--aspect-field", defaultValue = "aspect", paramLabel = "NAME",
			description = "Field holding an aspect term, for aspect-level sets (default ${DEFAULT-VALUE}).")
	String aspectField;

	@Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|es|en",
			description = "Language of the texts, or auto to detect it (default ${DEFAULT-VALUE}).")
	String lang;

	@Override
	public Integer call() throws IOException {
		long started = System.nanoTime();
		Language language = LanguageOption.parse(this.lang);
		TextAnalyzer analyzer = TextAnalyzer.create();
		Scorecard scorecard = new Scorecard();
		PrintWriter err = this.spec.commandLine().getErr();
		try (FeedbackSource source = InputFormat.of(this.format, this.in)
			.open(this.in, "id", this.textField, Set.of(this.labelField, this.aspectField))) {
			Feedback feedback;
			while ((feedback = source.next()) != null) {
				String label = feedback.field(this.labelField);
				if (feedback.error() != null || label == null) {
					err.printf("skipped line %d: %s%n", feedback.line(),
							(feedback.error() != null) ? feedback.error() : "no label");
					continue;
				}
				String aspect = feedback.field(this.aspectField);
				Sentiment predicted = (aspect != null) ? analyzer.sentimentTowards(feedback.text(), aspect, language)
						: analyzer.analyze(feedback.text(), language).sentiment();
				scorecard.add(SentimentLabel.ofCode(label), predicted.label());
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.in.getFileName());
		scorecard.print(out);
		Throughput.report(err, scorecard.total(), started);
		return 0;
	}

}
