package org.momentos.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.momentos.insight.SentimentLabel;

/**
 * A multinomial logistic regression over {@link SentimentFeatures}: decides negative,
 * neutral or positive from the lexicon's reading, where fixed thresholds misjudge mixed
 * reviews. Its weights ({@code insight/model/sentiment.tsv}, one row per feature plus the
 * bias, one column per label) are trained by {@code momentos train-sentiment} on
 * permissively licensed data only.
 */
public final class SentimentModel {

	public static final String RESOURCE = "/insight/model/sentiment.tsv";

	private static final SentimentLabel[] LABELS = SentimentLabel.values();

	/** [feature or bias][label], in the order of {@link SentimentLabel}. */
	private final double[][] weights;

	public SentimentModel(double[][] weights) {
		if (weights.length != SentimentFeatures.NAMES.length + 1) {
			throw new IllegalArgumentException("Expected " + (SentimentFeatures.NAMES.length + 1) + " rows");
		}
		this.weights = weights;
	}

	public static SentimentModel load() {
		try (InputStream in = SentimentModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing model resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<double[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] fields = line.split("\t");
					rows.add(new double[] { Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
							Double.parseDouble(fields[3]) });
				}
			}
			return new SentimentModel(rows.toArray(double[][]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The probability of each label, in the order of {@link SentimentLabel}. */
	public double[] probabilities(double[] features) {
		double[] z = new double[LABELS.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < z.length; c++) {
			z[c] = this.weights[features.length][c];
			for (int f = 0; f < features.length; f++) {
				z[c] += features[f] * this.weights[f][c];
			}
			max = Math.max(max, z[c]);
		}
		double sum = 0;
		for (int c = 0; c < z.length; c++) {
			z[c] = Math.exp(z[c] - max);
			sum += z[c];
		}
		for (int c = 0; c < z.length; c++) {
			z[c] /= sum;
		}
		return z;
	}

	/**
	 * This model with the neutral bias raised by {@code offset}: the neutral log-odds of
	 * every text move by that much, so a positive offset calls more mixed texts neutral.
	 */
	public SentimentModel withNeutralOffset(double offset) {
		double[][] shifted = new double[this.weights.length][];
		for (int f = 0; f < shifted.length; f++) {
			shifted[f] = this.weights[f].clone();
		}
		shifted[shifted.length - 1][SentimentLabel.NEUTRAL.ordinal()] += offset;
		return new SentimentModel(shifted);
	}

	public static SentimentLabel mostLikely(double[] probabilities) {
		int best = 0;
		for (int c = 1; c < probabilities.length; c++) {
			best = (probabilities[c] > probabilities[best]) ? c : best;
		}
		return LABELS[best];
	}

	/** Writes the weights in the format {@link #load} reads. */
	public void write(Writer out, String header) throws IOException {
		out.write(header);
		out.write("# feature\tnegative\tneutral\tpositive\n");
		for (int f = 0; f < this.weights.length; f++) {
			String name = (f < SentimentFeatures.NAMES.length) ? SentimentFeatures.NAMES[f] : "bias";
			out.write(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", name, this.weights[f][0], this.weights[f][1],
					this.weights[f][2]));
		}
	}

}
