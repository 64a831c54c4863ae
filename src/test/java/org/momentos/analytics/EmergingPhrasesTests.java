package org.momentos.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.momentos.analytics.Priorities.EmergingTheme;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrases on the rise among negative texts, found with the emerging-themes test. */
class EmergingPhrasesTests {

	private static final List<String> EVERYDAY = List.of("El pedido llegó tarde otra vez",
			"The delivery was late again", "Atención al cliente muy lenta", "Customer support never answered",
			"La talla no corresponde con la guía", "The app keeps crashing at checkout", "Producto roto en la caja",
			"Waiting time on the phone was too long");

	@Test
	void phrasesAreRunsOfTwoOrThreeContentWordsInEitherLanguage() {
		assertThat(EmergingPhrases.phrases("Cobro duplicado en la tarjeta, quiero que me devuelvan el dinero"))
			.containsExactly("cobro duplicado");
		assertThat(EmergingPhrases.phrases("I was charged twice for the same order")).containsExactly("charged twice");
		assertThat(EmergingPhrases.phrases("Customer support never answered my emails")).contains("customer support",
				"customer support never", "support never answered", "never answered");
	}

	@Test
	void findsAPlantedPhraseWithExamplesAndCountsEachSignalOnce() {
		Random random = new Random(7);
		List<String> before = everyday(random, 400);
		List<String> now = everyday(random, 400);
		for (int i = 0; i < 20; i++) {
			now.add("Cobro duplicado otra vez, cobro duplicado en mi tarjeta");
		}
		List<EmergingTheme> found = EmergingPhrases.find(before, now);
		assertThat(found).extracting((e) -> e.theme().theme()).containsExactly("cobro duplicado");
		EmergingTheme phrase = found.get(0);
		assertThat(phrase.theme().mentions()).isEqualTo(20);
		assertThat(phrase.theme().previousMentions()).isZero();
		assertThat(phrase.examples()).hasSize(3).allMatch((text) -> text.contains("Cobro duplicado"));
	}

	@Test
	void raisesFewAlarmsOnStableFeedback() {
		Random random = new Random(11);
		int weeksWithAlarms = 0;
		for (int week = 0; week < 100; week++) {
			weeksWithAlarms += EmergingPhrases.find(everyday(random, 300), everyday(random, 300)).isEmpty() ? 0 : 1;
		}
		// The false discovery rate is 5 %: about 5 weeks in 100 raise an alarm on stable
		// data.
		assertThat(weeksWithAlarms).isLessThanOrEqualTo(8);
	}

	private static List<String> everyday(Random random, int count) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			texts.add(EVERYDAY.get(random.nextInt(EVERYDAY.size())));
		}
		return texts;
	}

}
