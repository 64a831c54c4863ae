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
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.momentos.journey.MomentKind;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;

/**
 * Realistic, reproducible demo feedback: bilingual texts composed from phrases written
 * for Momentos (an opening, one or two sentences, a closing), scores that agree with the
 * words, more feedback on Mondays and in December, touchpoints of uneven quality,
 * attributes (store, agent, product, channel, customer segment), and three planted
 * problems: a double-charge incident in one week three weeks before the end, one agent
 * whose customers complain about their manners, and late deliveries in the December peak.
 */
final class DemoFeedback {

	static final List<String> STORES = List.of("Madrid", "Barcelona", "Sevilla", "Ciudad de México", "Bogotá", "Miami");

	/** Four agents per store, in the order of {@link #STORES}. */
	static final List<String> AGENTS = List.of("Lucía Romero", "Carlos Vidal", "Marta Gil", "Pablo Ortega",
			"Núria Puig", "Jordi Serra", "Laia Font", "Marc Roca", "Rocío Campos", "Javier Peña", "Elena Ruiz",
			"Manuel Díaz", "Ximena López", "Diego Hernández", "Fernanda Cruz", "Andrés Reyes", "Valentina Gómez",
			"Santiago Rojas", "Camila Torres", "Mateo Castro", "Ashley Brooks", "Daniel Rivera", "Sofia Martinez",
			"Kevin Walsh");

	/** The agent whose customers complain about their manners. */
	static final String RUDE_AGENT = "Javier Peña";

	static final List<String> PRODUCTS = List.of("Aurora Run", "Aurora Trail", "Aurora Home", "Aurora Kids",
			"Aurora Pro", "Aurora Gift Card");

	private static final List<String> SEGMENTS = List.of("new", "regular", "vip");

	private final Map<String, List<String>> phrases = new HashMap<>();

	private final Map<MomentKind, List<String>> themesByMoment = new EnumMap<>(MomentKind.class);

	private final Random random;

	private final int customers;

	DemoFeedback(long seed) {
		this.random = new Random(seed);
		this.customers = (int) Math.max(2_000, Math.min(Integer.MAX_VALUE, seed / 5));
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
		int store = this.random.nextInt(STORES.size());
		String agent = AGENTS.get(store * 4 + this.random.nextInt(4));
		boolean rude = agent.equals(RUDE_AGENT) && this.random.nextDouble() < 0.5;
		boolean peakDelay = touchpoint.momentKind() == MomentKind.ACTUAL
				&& when.atZone(ZoneOffset.UTC).getMonthValue() == 12 && this.random.nextDouble() < 0.35;
		boolean happy = !incident && !rude && !peakDelay && this.random.nextDouble() < qualityOf(touchpoint);
		String language = this.random.nextDouble() < 0.6 ? "es" : "en";
		String theme = incident ? "billing_incident" : rude ? "staff_attitude"
				: peakDelay ? "delivery" : pick(this.themesByMoment.get(touchpoint.momentKind()));
		String text = this.random.nextDouble() < 0.8 ? text(touchpoint, theme, happy, language) : null;
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
			text = text(touchpoint, theme, happy, language);
		}
		Map<String, String> attributes = Map.of("store", STORES.get(store), "agent", agent, "product", pick(PRODUCTS),
				"channel", touchpoint.channel().name().toLowerCase(Locale.ROOT), "segment", pick(SEGMENTS));
		return new NewSignal(sourceOf(touchpoint), when,
				"customer-" + this.random.nextInt(this.customers) + "@example.com", touchpoint.touchpointKey(), scores,
				null, text, text == null ? null : language, attributes, externalId, null);
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

	/**
	 * One or two sentences of the same mood, sometimes with an opening and a closing, so
	 * a million texts are not a few dozen repeated.
	 */
	private String text(TouchpointRef touchpoint, String theme, boolean happy, String language) {
		String polarity = happy ? "positive" : "negative";
		StringBuilder text = new StringBuilder(phrase(theme, polarity, language));
		if (this.random.nextDouble() < 0.2) {
			String other = pick(this.themesByMoment.get(touchpoint.momentKind()));
			if (!other.equals(theme)) {
				text.append(". ").append(phrase(other, polarity, language));
			}
		}
		if (this.random.nextDouble() < 0.25) {
			String opening = pick(this.phrases.get("_opening|any|" + language));
			boolean keepCapital = text.charAt(0) == 'I' && (text.length() == 1 || !Character.isLetter(text.charAt(1)));
			String first = keepCapital ? text.substring(0, 1) : text.substring(0, 1).toLowerCase(Locale.ROOT);
			text.replace(0, 1, opening + " " + first);
		}
		if (this.random.nextDouble() < 0.3) {
			text.append(". ").append(pick(this.phrases.get("_closing|" + polarity + "|" + language)));
		}
		return text.toString();
	}

	private String phrase(String theme, String polarity, String language) {
		List<String> candidates = this.phrases.get(theme + "|" + polarity + "|" + language);
		if (candidates == null) {
			candidates = this.phrases.get("product_quality|" + polarity + "|" + language);
		}
		return pick(candidates);
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
					.add(parts[3]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
