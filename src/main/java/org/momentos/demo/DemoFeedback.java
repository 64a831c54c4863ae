package org.momentos.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.momentos.journey.MomentKind;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;

/**
 * Realistic, reproducible demo feedback: bilingual texts from phrases written for
 * Momentos, scores that agree with the words, more feedback on Mondays and in December,
 * touchpoints of uneven quality, and one planted problem: a double-charge incident in one
 * week, three weeks before the end of the period.
 */
final class DemoFeedback {

	private static final List<String> STORES = List.of("Madrid", "Barcelona", "Sevilla", "Ciudad de México", "Bogotá",
			"Miami");

	private static final List<String> SEGMENTS = List.of("new", "regular", "vip");

	private final Map<String, List<Phrase>> phrases = new HashMap<>();

	private final Map<MomentKind, List<String>> themesByMoment = new EnumMap<>(MomentKind.class);

	private final Random random;

	DemoFeedback(long seed) {
		this.random = new Random(seed);
		loadPhrases();
		this.themesByMoment.put(MomentKind.ZERO, List.of("price_value", "website_app", "product_quality"));
		this.themesByMoment.put(MomentKind.FIRST, List.of("staff_attitude", "website_app", "waiting_time", "booking"));
		this.themesByMoment.put(MomentKind.ACTUAL, List.of("delivery", "waiting_time", "staff_attitude"));
		this.themesByMoment.put(MomentKind.SECOND,
				List.of("product_quality", "food_drink", "cleanliness", "staff_attitude"));
		this.themesByMoment.put(MomentKind.RELATIONSHIP, List.of("billing_charges", "customer_support", "price_value"));
		this.themesByMoment.put(MomentKind.FAILURE, List.of("returns_refunds", "customer_support", "waiting_time"));
		this.themesByMoment.put(MomentKind.ULTIMATE, List.of("product_quality", "staff_attitude", "price_value"));
	}

	/** {@code count} signals spread over the {@code days} days before {@code end}. */
	List<NewSignal> signals(List<TouchpointRef> touchpoints, int count, Instant end, int days, String batch) {
		List<NewSignal> signals = new ArrayList<>(count);
		Instant incidentStart = end.minus(Duration.ofDays(21));
		Instant incidentEnd = incidentStart.plus(Duration.ofDays(7));
		for (int i = 0; i < count; i++) {
			TouchpointRef touchpoint = touchpoints.get(this.random.nextInt(touchpoints.size()));
			Instant when = when(end, days);
			boolean incident = touchpoint.momentKind() == MomentKind.RELATIONSHIP && !when.isBefore(incidentStart)
					&& when.isBefore(incidentEnd) && this.random.nextDouble() < 0.6;
			signals.add(signal(touchpoint, when, incident, batch + "-" + i));
		}
		return signals;
	}

	private NewSignal signal(TouchpointRef touchpoint, Instant when, boolean incident, String externalId) {
		double quality = qualityOf(touchpoint);
		boolean happy = !incident && this.random.nextDouble() < quality;
		String language = this.random.nextDouble() < 0.6 ? "es" : "en";
		String theme = incident ? "billing_charges" : pick(this.themesByMoment.get(touchpoint.momentKind()));
		String text = this.random.nextDouble() < 0.8 ? phrase(theme, happy, language) : null;
		int nps = happy ? 8 + this.random.nextInt(3) : (incident ? this.random.nextInt(4) : this.random.nextInt(7));
		Scores scores = switch (touchpoint.momentKind()) {
			case ACTUAL, FIRST ->
				new Scores(null, happy ? 4 + this.random.nextInt(2) : 1 + this.random.nextInt(3), null, null);
			case FAILURE ->
				new Scores(null, null, happy ? 5 + this.random.nextInt(3) : 1 + this.random.nextInt(4), null);
			case ULTIMATE ->
				new Scores(null, null, null, happy ? 4.0 + this.random.nextInt(2) : 1.0 + this.random.nextInt(2));
			default -> new Scores(nps, null, null, null);
		};
		if (text == null && scores.equals(Scores.NONE)) {
			text = phrase(theme, happy, language);
		}
		return new NewSignal(sourceOf(touchpoint), when, "customer-" + this.random.nextInt(50_000) + "@example.com",
				touchpoint.touchpointKey(), scores, null, text, text == null ? null : language,
				Map.of("store", pick(STORES), "segment", pick(SEGMENTS)), externalId, null);
	}

	/**
	 * Some touchpoints delight, some hurt: fixed per touchpoint so its health is stable.
	 */
	private static double qualityOf(TouchpointRef touchpoint) {
		int bucket = Math.floorMod(touchpoint.touchpointKey().hashCode(), 5);
		return new double[] { 0.45, 0.6, 0.72, 0.82, 0.9 }[bucket];
	}

	private Instant when(Instant end, int days) {
		while (true) {
			Instant candidate = end.minus(Duration.ofMinutes((long) (this.random.nextDouble() * days * 24 * 60)));
			var date = candidate.atZone(ZoneOffset.UTC);
			double weight = (date.getDayOfWeek() == DayOfWeek.MONDAY ? 1.4 : 1.0)
					* (date.getMonthValue() == 12 ? 1.5 : 1.0);
			if (this.random.nextDouble() * 2.1 < weight) {
				return candidate;
			}
		}
	}

	private static SignalSource sourceOf(TouchpointRef touchpoint) {
		return switch (touchpoint.channel()) {
			case REVIEW_SITE -> SignalSource.REVIEW;
			case SOCIAL -> SignalSource.SOCIAL;
			case PHONE -> SignalSource.CALL;
			case CHAT -> SignalSource.CHAT;
			default -> touchpoint.momentKind() == MomentKind.FAILURE ? SignalSource.TICKET : SignalSource.SURVEY;
		};
	}

	private String phrase(String theme, boolean happy, String language) {
		List<Phrase> candidates = this.phrases.get(theme + "|" + (happy ? "positive" : "negative") + "|" + language);
		if (candidates == null) {
			candidates = this.phrases.get("product_quality|" + (happy ? "positive" : "negative") + "|" + language);
		}
		return pick(candidates).text();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private void loadPhrases() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				DemoFeedback.class.getResourceAsStream("/demo/phrases.tsv"), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
				String[] parts = line.split("\t");
				this.phrases.computeIfAbsent(parts[0] + "|" + parts[1] + "|" + parts[2], (key) -> new ArrayList<>())
					.add(new Phrase(parts[3]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Phrase(String text) {
	}

}
