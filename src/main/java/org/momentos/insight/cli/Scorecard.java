package org.momentos.insight.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.momentos.insight.SentimentLabel;

/**
 * Accuracy, macro-F1 and the confusion matrix of predicted against true labels. Macro-F1
 * averages the F1 of the classes present in the true labels, so a two-class set is scored
 * on two classes (a neutral prediction there still counts as an error).
 */
final class Scorecard {

	private static final SentimentLabel[] LABELS = SentimentLabel.values();

	/** counts[truth][predicted]. */
	private final long[][] counts = new long[LABELS.length][LABELS.length];

	void add(SentimentLabel truth, SentimentLabel predicted) {
		this.counts[truth.ordinal()][predicted.ordinal()]++;
	}

	long total() {
		long total = 0;
		for (long[] row : this.counts) {
			for (long count : row) {
				total += count;
			}
		}
		return total;
	}

	double accuracy() {
		long right = 0;
		for (int k = 0; k < LABELS.length; k++) {
			right += this.counts[k][k];
		}
		return right / (double) Math.max(total(), 1);
	}

	double f1(SentimentLabel label) {
		int k = label.ordinal();
		long truePositives = this.counts[k][k];
		long predicted = 0;
		long actual = 0;
		for (int j = 0; j < LABELS.length; j++) {
			predicted += this.counts[j][k];
			actual += this.counts[k][j];
		}
		if (truePositives == 0) {
			return 0;
		}
		double precision = truePositives / (double) predicted;
		double recall = truePositives / (double) actual;
		return 2 * precision * recall / (precision + recall);
	}

	double macroF1() {
		double sum = 0;
		int classes = 0;
		for (SentimentLabel label : LABELS) {
			if (actual(label) > 0) {
				sum += f1(label);
				classes++;
			}
		}
		return (classes == 0) ? 0 : sum / classes;
	}

	private long actual(SentimentLabel label) {
		long actual = 0;
		for (long count : this.counts[label.ordinal()]) {
			actual += count;
		}
		return actual;
	}

	void print(PrintWriter out) {
		out.printf(Locale.ROOT, "texts      %d%n", total());
		out.printf(Locale.ROOT, "accuracy   %.3f%n", accuracy());
		out.printf(Locale.ROOT, "macro-F1   %.3f%n", macroF1());
		for (SentimentLabel label : LABELS) {
			if (actual(label) > 0) {
				out.printf(Locale.ROOT, "F1 %-8s %.3f%n", label.code(), f1(label));
			}
		}
		out.println();
		out.println("confusion (rows: true label, columns: predicted)");
		out.printf(Locale.ROOT, "%-10s", "");
		for (SentimentLabel label : LABELS) {
			out.printf(Locale.ROOT, "%10s", label.code());
		}
		out.println();
		for (SentimentLabel truth : LABELS) {
			out.printf(Locale.ROOT, "%-10s", truth.code());
			for (SentimentLabel predicted : LABELS) {
				out.printf(Locale.ROOT, "%10d", this.counts[truth.ordinal()][predicted.ordinal()]);
			}
			out.println();
		}
		out.flush();
	}

}
