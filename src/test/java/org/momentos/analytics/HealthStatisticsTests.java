package org.momentos.analytics;

import java.util.Random;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Moment-health statistics against values computed by hand, and significance without
 * false alarms.
 */
class HealthStatisticsTests {

	@Test
	void npsAndItsIntervalMatchTheHandComputedValues() {
		// 50 promoters, 30 passives, 20 detractors: NPS 30; variance (0.5 + 0.2 - 0.09) /
		// 100 = 0.0061
		Nps nps = new Nps(50, 30, 20);
		assertThat(nps.score()).isEqualTo(30.0);
		assertThat(nps.standardError()).isCloseTo(100 * Math.sqrt(0.0061), within(1e-9));
		assertThat(nps.confidenceInterval().low()).isCloseTo(30 - 1.959964 * 7.8102, within(1e-3));
		assertThat(Nps.of(10, 9, 8, 7, 6, 0)).isEqualTo(new Nps(2, 2, 2));
		assertThat(new Nps(0, 0, 0).score()).isNaN();
	}

	@Test
	void theWilsonIntervalStaysInsideZeroAndOne() {
		Share allSatisfied = new Share(12, 12);
		assertThat(allSatisfied.value()).isEqualTo(1.0);
		assertThat(allSatisfied.confidenceInterval().high()).isEqualTo(1.0);
		assertThat(allSatisfied.confidenceInterval().low()).isCloseTo(0.7575, within(1e-3));
		assertThat(new Share(40, 100).confidenceInterval().low()).isCloseTo(0.3094, within(1e-3));
	}

	@Test
	void aPlantedNpsDropIsSignificantAndNoiseIsNot() {
		Random random = new Random(7);
		int falseAlarms = 0;
		for (int trial = 0; trial < 200; trial++) {
			if (PeriodChange.ofNps(sample(random, 300, 0.5, 0.2), sample(random, 300, 0.5, 0.2)).isSignificant()) {
				falseAlarms++;
			}
		}
		assertThat(falseAlarms).as("about 5 %% of stable periods at alpha 0.05").isLessThanOrEqualTo(20);

		PeriodChange drop = PeriodChange.ofNps(sample(random, 300, 0.5, 0.2), sample(random, 300, 0.35, 0.35));
		assertThat(drop.isSignificant()).isTrue();
		assertThat(drop.delta()).isNegative();
	}

	@Test
	void tooFewAnswersAreNeverSignificant() {
		PeriodChange change = PeriodChange.ofNps(new Nps(10, 0, 0), new Nps(0, 0, 10));
		assertThat(change.isSignificant()).isFalse();
		assertThat(change.delta()).isEqualTo(-200.0);
	}

	@Test
	void sharesAndMeansUseTheirOwnTests() {
		assertThat(PeriodChange.ofShares(new Share(80, 100), new Share(60, 100)).isSignificant()).isTrue();
		assertThat(PeriodChange.ofShares(new Share(80, 100), new Share(78, 100)).isSignificant()).isFalse();
		SummaryStatistics before = new SummaryStatistics();
		SummaryStatistics after = new SummaryStatistics();
		IntStream.range(0, 50).forEach((i) -> {
			before.addValue(5 + (i % 3));
			after.addValue(3 + (i % 3));
		});
		PeriodChange ces = PeriodChange.ofMeans(before, after);
		assertThat(ces.isSignificant()).isTrue();
		assertThat(ces.test()).isEqualTo(PeriodChange.Test.WELCH_T_TEST);
	}

	private static Nps sample(Random random, int n, double promoterShare, double detractorShare) {
		long promoters = 0;
		long detractors = 0;
		for (int i = 0; i < n; i++) {
			double draw = random.nextDouble();
			if (draw < promoterShare) {
				promoters++;
			}
			else if (draw < promoterShare + detractorShare) {
				detractors++;
			}
		}
		return new Nps(promoters, n - promoters - detractors, detractors);
	}

}
