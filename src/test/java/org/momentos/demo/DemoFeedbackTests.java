package org.momentos.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.journey.Channel;
import org.momentos.journey.JourneyId;
import org.momentos.journey.MomentKind;
import org.momentos.journey.TouchpointRef;
import org.momentos.signal.NewSignal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated feedback is varied, bilingual, attributed, and has its planted problems.
 */
class DemoFeedbackTests {

	private static final Instant END = Instant.parse("2026-06-30T12:00:00Z");

	private final List<TouchpointRef> touchpoints = List.of(touchpoint("Billing", MomentKind.RELATIONSHIP),
			touchpoint("Delivery", MomentKind.ACTUAL), touchpoint("Checkout", MomentKind.FIRST));

	@Test
	void sameSeedSameFeedback() {
		assertThat(texts(new DemoFeedback(7).signals(this.touchpoints, 500, END, 365, "a")))
			.isEqualTo(texts(new DemoFeedback(7).signals(this.touchpoints, 500, END, 365, "a")));
	}

	@Test
	void textsAreVariedAndBilingual() {
		List<NewSignal> signals = new DemoFeedback(42).signals(this.touchpoints, 20_000, END, 365, "b");
		assertThat(signals.stream().map(NewSignal::text).distinct().count()).isGreaterThan(500);
		assertThat(signals.stream().map(NewSignal::language).distinct()).contains("es", "en");
		assertThat(signals).allSatisfy((signal) -> assertThat(signal.attributes()).containsKeys("store", "agent",
				"product", "channel", "segment"));
	}

	@Test
	void theDoubleChargeWeekStandsOut() {
		List<NewSignal> signals = new DemoFeedback(3).signals(this.touchpoints, 30_000, END, 365, "c");
		Instant incidentStart = END.minus(Duration.ofDays(21));
		Instant incidentEnd = incidentStart.plus(Duration.ofDays(7));
		double during = shareOfDoubleCharges(signals.stream()
			.filter((s) -> !s.occurredAt().isBefore(incidentStart) && s.occurredAt().isBefore(incidentEnd))
			.toList());
		double before = shareOfDoubleCharges(signals.stream()
			.filter((s) -> s.occurredAt().isBefore(incidentStart.minus(Duration.ofDays(7))))
			.toList());
		assertThat(during).isGreaterThan(0.1);
		assertThat(during).isGreaterThan(5 * before);
	}

	@Test
	void oneAgentsCustomersAreUnhappier() {
		List<NewSignal> signals = new DemoFeedback(5).signals(this.touchpoints, 30_000, END, 365, "d");
		assertThat(npsOf(signals, DemoFeedback.RUDE_AGENT)).isLessThan(npsOf(signals, "Marta Gil") - 1);
	}

	private static double npsOf(List<NewSignal> signals, String agent) {
		return signals.stream()
			.filter((s) -> agent.equals(s.attributes().get("agent")) && s.scores().nps() != null)
			.mapToInt((s) -> s.scores().nps())
			.average()
			.orElseThrow();
	}

	private static double shareOfDoubleCharges(List<NewSignal> signals) {
		long charged = signals.stream()
			.filter((s) -> s.text() != null && (s.text().toLowerCase().contains("cobro duplicado")
					|| s.text().toLowerCase().contains("charged twice")
					|| s.text().toLowerCase().contains("duplicate charge")
					|| s.text().toLowerCase().contains("double charge")
					|| s.text().toLowerCase().contains("cobraron dos veces")))
			.count();
		return (double) charged / signals.size();
	}

	private static List<String> texts(List<NewSignal> signals) {
		return signals.stream().map((s) -> s.text() + "|" + s.attributes()).toList();
	}

	private static TouchpointRef touchpoint(String name, MomentKind kind) {
		return new TouchpointRef(new JourneyId(1), "Shop", 1, UUID.nameUUIDFromBytes(name.getBytes()), name, name, kind,
				Channel.WEB, false, "");
	}

}
