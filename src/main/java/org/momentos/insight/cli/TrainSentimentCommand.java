package org.momentos.insight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.momentos.insight.Language;
import org.momentos.insight.SentimentLabel;
import org.momentos.insight.ThemeTaxonomy;
import org.momentos.insight.internal.InsightEngine;
import org.momentos.insight.internal.SentimentModel;
import org.momentos.insight.internal.SentimentTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momentos train-sentiment}: trains the sentiment model on labelled documents,
 * prints its cross-validated figures (never figures on the training rows) and writes the
 * weights file that {@code src/main/resources/insight/model/sentiment.tsv} ships.
 */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
		description = "Train the sentiment model on a labelled file; print cross-validated figures; write the weights.")
public class TrainSentimentCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--in", required = true, paramLabel = "FILE",
			description = "Labelled file: JSON Lines {\"id\",\"text\",\"label\"[,\"source\"]} or CSV (permissively licensed data only); figures are also printed per source.")
	Path in;

	@Option(names = "--out", paramLabel = "FILE", description = "Where to write the weights (default: do not write).")
	Path out;

	@Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
	int folds;

	@Option(names = "--neutral-offset", paramLabel = "X",
			description = "Use this neutral offset instead of the one cross-validation picks (star-rated reviews alone pull it"
					+ " towards calling mixed texts neutral, which sentences and posts do not).")
	Double neutralOffset;

	@Option(names = "--source", defaultValue = "", paramLabel = "TEXT",
			description = "Where the data came from and its licence, written into the weights file.")
	String source;

	@Override
	public Integer call() throws IOException {
		InsightEngine engine = new InsightEngine(ThemeTaxonomy.defaults());
		List<double[]> features = new ArrayList<>();
		List<SentimentLabel> labels = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		try (FeedbackSource records = InputFormat.of(null, this.in)
			.open(this.in, "id", "text", Set.of("label", "source"))) {
			Feedback feedback;
			while ((feedback = records.next()) != null) {
				if (feedback.error() == null && feedback.field("label") != null) {
					features.add(engine.sentimentFeatures(feedback.text(), Language.UND));
					labels.add(SentimentLabel.ofCode(feedback.field("label")));
					sources.add((feedback.field("source") != null) ? feedback.field("source") : "");
				}
			}
		}
		double[][] x = features.toArray(double[][]::new);
		SentimentLabel[] y = labels.toArray(SentimentLabel[]::new);
		double[][] probabilities = SentimentTraining.crossValidatedProbabilities(x, y, this.folds);
		double offset = (this.neutralOffset != null) ? this.neutralOffset
				: SentimentTraining.calibrateNeutralOffset(probabilities, y);
		String chosen = (this.neutralOffset != null) ? "set by --neutral-offset" : "calibrated by cross-validation";
		SentimentLabel[] held = SentimentTraining.labels(probabilities, offset);
		Scorecard scorecard = new Scorecard();
		Map<String, Scorecard> bySource = new TreeMap<>();
		for (int i = 0; i < y.length; i++) {
			scorecard.add(y[i], held[i]);
			bySource.computeIfAbsent(sources.get(i), (name) -> new Scorecard()).add(y[i], held[i]);
		}
		PrintWriter console = this.spec.commandLine().getOut();
		console.printf(Locale.ROOT, "neutral offset %.1f (%s; held-out macro-F1 %.3f without it)%n", offset, chosen,
				SentimentTraining.macroF1(y, SentimentTraining.labels(probabilities, 0)));
		console.printf("%d-fold cross-validation on %s (held-out predictions only)%n", this.folds,
				this.in.getFileName());
		scorecard.print(console);
		if (bySource.size() > 1) {
			bySource.forEach((name, card) -> {
				console.printf("%nsource %s%n", name);
				card.print(console);
			});
		}
		if (this.out != null) {
			SentimentModel model = SentimentTraining.fit(x, y).withNeutralOffset(offset);
			try (Writer writer = Files.newBufferedWriter(this.out, StandardCharsets.UTF_8)) {
				model.write(writer,
						"# Sentiment model of Momentos: multinomial logistic regression over lexicon features.\n"
								+ "# Trained by: momentos train-sentiment --in <file> --out <this file>; " + y.length
								+ " texts; neutral offset " + offset + " " + chosen + ".\n" + "# Data: " + this.source
								+ "\n");
			}
			console.printf("wrote %s%n", this.out);
		}
		return 0;
	}

}
