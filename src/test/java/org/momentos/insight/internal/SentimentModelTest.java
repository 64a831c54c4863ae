package org.momentos.insight.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.momentos.insight.Language;
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
	void spanishReviewsAreJudgedWithMoreRoomForNeutralThanPostsAndEnglishTexts() {
		Lexicons lexicons = Lexicons.shared();
		double[] mixedReview = new double[SentimentFeatures.NAMES.length];
		mixedReview[0] = 0.2;
		mixedReview[2] = 1.5;
		mixedReview[3] = 1.2;
		int neutral = SentimentLabel.NEUTRAL.ordinal();
		double spanishReview = lexicons.model(Language.ES, Lexicons.SPANISH_REVIEW_TOKENS, false)
			.probabilities(mixedReview)[neutral];
		double spanishPost = lexicons.model(Language.ES, Lexicons.SPANISH_REVIEW_TOKENS - 1, false)
			.probabilities(mixedReview)[neutral];
		double englishReview = lexicons.model(Language.EN, 200, false).probabilities(mixedReview)[neutral];

		assertThat(spanishReview).isGreaterThan(spanishPost);
		assertThat(spanishPost).isEqualTo(englishReview);
		assertThat(lexicons.model(Language.EN, 200, false)).isSameAs(lexicons.model());
		assertThat(lexicons.model(Language.ES, 200, true)).isSameAs(lexicons.model());
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

	@Test
	void theNeutralOffsetIsCalibratedOnHeldOutProbabilitiesAndOnlyMovesTheNeutralBias() {
		// Neutral texts the model finds slightly more positive than neutral: argmax never
		// says neutral; raising the neutral log-odds by about 0.3 gets them right.
		double[][] probabilities = { { 0.8, 0.1, 0.1 }, { 0.7, 0.2, 0.1 }, { 0.1, 0.1, 0.8 }, { 0.1, 0.2, 0.7 },
				{ 0.2, 0.38, 0.42 }, { 0.42, 0.38, 0.2 }, { 0.21, 0.37, 0.42 }, null };
		SentimentLabel[] truth = { SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE,
				SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL, SentimentLabel.NEUTRAL, SentimentLabel.NEUTRAL,
				SentimentLabel.NEUTRAL };

		double offset = SentimentTraining.calibrateNeutralOffset(probabilities, truth);

		assertThat(offset).isBetween(0.1, 0.6);
		assertThat(SentimentTraining.labels(probabilities, offset)).containsExactly(truth);
		assertThat(SentimentTraining.macroF1(truth, SentimentTraining.labels(probabilities, 0))).isLessThan(0.7);
		SentimentModel model = SentimentModel.load();
		double[] features = new double[SentimentFeatures.NAMES.length];
		features[0] = 0.3;
		double[] before = model.probabilities(features);
		double[] after = model.withNeutralOffset(1).probabilities(features);
		assertThat(after[1] / after[2]).isCloseTo(Math.E * before[1] / before[2],
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(after[0] / after[2]).isCloseTo(before[0] / before[2], org.assertj.core.data.Offset.offset(1e-9));
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
