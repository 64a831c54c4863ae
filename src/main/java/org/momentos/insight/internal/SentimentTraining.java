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
		SentimentLabel[] predicted = new SentimentLabel[n];
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
				predicted[order[i]] = SentimentFeatures.expressOpinion(row)
						? SentimentModel.mostLikely(model.probabilities(row)) : SentimentLabel.NEUTRAL;
			}
		}
		return predicted;
	}

}
