package org.momentos.insight.internal;

import java.util.Random;

import org.momentos.insight.SentimentLabel;

/**
 * Fits a {@link SentimentModel} by full-batch gradient descent on the L2-regularised
 * cross-entropy, and measures it by k-fold cross-validation. Deterministic: the same rows
 * give the same weights and the same folds.
 */
public final class SentimentTraining {

	private static final int ITERATIONS = 3000;

	private static final double RATE = 0.5;

	private static final double L2 = 0.1;

	private SentimentTraining() {
	}

	public static SentimentModel fit(double[][] features, SentimentLabel[] labels) {
		int n = features.length;
		int d = SentimentFeatures.NAMES.length;
		int classes = SentimentLabel.values().length;
		double[][] w = new double[d + 1][classes];
		SentimentModel model = new SentimentModel(w);
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[][] gradient = new double[d + 1][classes];
			for (int i = 0; i < n; i++) {
				double[] p = model.probabilities(features[i]);
				for (int c = 0; c < classes; c++) {
					double error = p[c] - ((labels[i].ordinal() == c) ? 1 : 0);
					for (int f = 0; f < d; f++) {
						gradient[f][c] += error * features[i][f];
					}
					gradient[d][c] += error;
				}
			}
			for (int f = 0; f <= d; f++) {
				for (int c = 0; c < classes; c++) {
					double penalty = (f < d) ? L2 * w[f][c] : 0;
					w[f][c] -= RATE * (gradient[f][c] + penalty) / n;
				}
			}
		}
		return model;
	}

	/**
	 * The label each row gets from a model trained on the other folds; rows are shuffled
	 * into folds with a fixed seed.
	 */
	public static SentimentLabel[] crossValidate(double[][] features, SentimentLabel[] labels, int folds) {
		return labels(crossValidatedProbabilities(features, labels, folds), 0);
	}

	/**
	 * The label probabilities each row gets from a model trained on the other folds, or
	 * {@code null} for a row without opinion (neutral by rule); rows are shuffled into
	 * folds with a fixed seed.
	 */
	public static double[][] crossValidatedProbabilities(double[][] features, SentimentLabel[] labels, int folds) {
		int n = features.length;
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Random random = new Random(42);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		double[][] probabilities = new double[n][];
		for (int k = 0; k < folds; k++) {
			int from = k * n / folds;
			int to = (k + 1) * n / folds;
			double[][] trainX = new double[n - (to - from)][];
			SentimentLabel[] trainY = new SentimentLabel[trainX.length];
			int m = 0;
			for (int i = 0; i < n; i++) {
				if (i < from || i >= to) {
					trainX[m] = features[order[i]];
					trainY[m++] = labels[order[i]];
				}
			}
			SentimentModel model = fit(trainX, trainY);
			for (int i = from; i < to; i++) {
				double[] row = features[order[i]];
				probabilities[order[i]] = SentimentFeatures.expressOpinion(row) ? model.probabilities(row) : null;
			}
		}
		return probabilities;
	}

	/**
	 * The labels of held-out probabilities when the neutral log-odds are raised by
	 * {@code neutralOffset} (see {@link SentimentModel#withNeutralOffset}).
	 */
	public static SentimentLabel[] labels(double[][] probabilities, double neutralOffset) {
		SentimentLabel[] labels = new SentimentLabel[probabilities.length];
		double factor = Math.exp(neutralOffset);
		for (int i = 0; i < labels.length; i++) {
			double[] p = probabilities[i];
			if (p == null) {
				labels[i] = SentimentLabel.NEUTRAL;
				continue;
			}
			double[] shifted = p.clone();
			shifted[SentimentLabel.NEUTRAL.ordinal()] *= factor;
			labels[i] = SentimentModel.mostLikely(shifted);
		}
		return labels;
	}

	/**
	 * The neutral offset in [-1, 1.5] (steps of 0.1) that gives the best macro-F1 on the
	 * held-out probabilities: calibrates how readily a mixed or weak text is called
	 * neutral without looking at any test set. Ties go to the smaller offset.
	 */
	public static double calibrateNeutralOffset(double[][] probabilities, SentimentLabel[] truth) {
		double best = 0;
		double bestF1 = macroF1(truth, labels(probabilities, 0));
		for (int step = -10; step <= 15; step++) {
			double offset = step / 10.0;
			double f1 = macroF1(truth, labels(probabilities, offset));
			if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(offset) < Math.abs(best))) {
				best = offset;
				bestF1 = f1;
			}
		}
		return best;
	}

	/** Macro-F1 over the labels present in {@code truth}. */
	public static double macroF1(SentimentLabel[] truth, SentimentLabel[] predicted) {
		double sum = 0;
		int classes = 0;
		for (SentimentLabel label : SentimentLabel.values()) {
			int tp = 0;
			int actual = 0;
			int guessed = 0;
			for (int i = 0; i < truth.length; i++) {
				actual += (truth[i] == label) ? 1 : 0;
				guessed += (predicted[i] == label) ? 1 : 0;
				tp += (truth[i] == label && predicted[i] == label) ? 1 : 0;
			}
			if (actual > 0) {
				classes++;
				sum += (tp == 0) ? 0 : 2.0 * tp / (actual + guessed);
			}
		}
		return (classes == 0) ? 0 : sum / classes;
	}

}
