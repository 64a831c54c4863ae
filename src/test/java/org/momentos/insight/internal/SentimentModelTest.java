package org.momentos.insight.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.momentos.insight.SentimentLabel;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentiment model: shipped weights, training, cross-validation. */
class SentimentModelTest {

	@Test
	void theShippedWeightsHaveARowPerFeatureAndTheBias() {
		SentimentModel model = SentimentModel.load();
		double[] p = model.probabilities(new double[SentimentFeatures.NAMES.length]);
		assertThat(p).hasSize(3);
		assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void trainingLearnsWhichSideTheBalanceLeansAndIsDeterministic() {
		List<double[]> rows = new ArrayList<>();
		List<SentimentLabel> labels = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			double balance = (i % 3 - 1) * 0.8 + (i % 7 - 3) * 0.02;
			double[] row = new double[SentimentFeatures.NAMES.length];
			row[0] = balance;
			row[2] = 1;
			row[3] = 1;
			rows.add(row);
			labels.add((balance > 0.3) ? SentimentLabel.POSITIVE
					: (balance < -0.3) ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL);
		}
		double[][] x = rows.toArray(double[][]::new);
		SentimentLabel[] y = labels.toArray(SentimentLabel[]::new);

		SentimentLabel[] held = SentimentTraining.crossValidate(x, y, 5);
		assertThat(held).containsExactly(y);
		assertThat(weights(SentimentTraining.fit(x, y))).isEqualTo(weights(SentimentTraining.fit(x, y)));
	}

	private static String weights(SentimentModel model) {
		StringWriter out = new StringWriter();
		try {
			model.write(out, "");
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
		return out.toString();
	}

}
