package org.momentos.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.momentos.analytics.EmergingThemes.Emerging;

import static org.assertj.core.api.Assertions.assertThat;

/** Emerging themes: a planted spike is found; stable weeks raise no alarm. */
class EmergingThemesTests {

	private static final List<String> THEMES = List.of("billing", "delivery", "waiting_time", "staff_attitude",
			"product_quality", "website_app", "returns_refunds", "price_value");

	@Test
	void findsAPlantedBillingIncident() {
		Random random = new Random(3);
		Map<String, Long> lastWeek = week(random, 400, Map.of());
		Map<String, Long> thisWeek = week(random, 400, Map.of("billing", 0.20));
		List<Emerging> emerging = EmergingThemes.find(lastWeek, 400, thisWeek, 400);
		assertThat(emerging).extracting(Emerging::theme).containsExactly("billing");
		assertThat(emerging.get(0).rise()).isGreaterThan(2.5);
	}

	@Test
	void stableWeeksRaiseNoFalseAlarms() {
		Random random = new Random(5);
		int alarms = 0;
		for (int trial = 0; trial < 100; trial++) {
			alarms += EmergingThemes.find(week(random, 300, Map.of()), 300, week(random, 300, Map.of()), 300).size();
		}
		assertThat(alarms).as("false discoveries over 100 stable weeks of 8 themes").isLessThanOrEqualTo(5);
	}

	@Test
	void aThemeMentionedAFewTimesIsNotEmergingYet() {
		assertThat(EmergingThemes.find(Map.of("billing", 0L), 500, Map.of("billing", 3L), 500)).isEmpty();
	}

	private static Map<String, Long> week(Random random, int negatives, Map<String, Double> extra) {
		Map<String, Long> mentions = new HashMap<>();
		for (String theme : THEMES) {
			double share = 0.08 + extra.getOrDefault(theme, 0.0);
			long count = 0;
			for (int i = 0; i < negatives; i++) {
				if (random.nextDouble() < share) {
					count++;
				}
			}
			mentions.put(theme, count);
		}
		return mentions;
	}

}
