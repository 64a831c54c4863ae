package org.momentos.signal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals are checked, stored once, attached to a published touchpoint and announced. */
@MomentosTest
@Import(Fixtures.class)
@RecordApplicationEvents
class SignalsTests {

	@Autowired
	Signals signals;

	@Autowired
	Journeys journeys;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEvents events;

	Team team;

	@BeforeEach
	void aWorkspace() {
		this.team = this.fixtures.aWorkspace("Signals");
	}

	@Test
	void aValidSignalIsStoredAndAnnounced() {
		Receipt receipt = this.signals.receive(this.team.workspace().id(), aTicket("T-1", "Me cobraron dos veces"));
		assertThat(receipt).isInstanceOf(Accepted.class);
		SignalId id = ((Accepted) receipt).signal();
		Signal stored = this.signals.find(this.team.workspace().id(), id).orElseThrow();
		assertThat(stored.text()).isEqualTo("Me cobraron dos veces");
		assertThat(stored.attributes()).containsEntry("agent", "Lucía");
		assertThat(this.events.stream(SignalReceived.class))
			.anySatisfy((event) -> assertThat(event.signal()).isEqualTo(id));
	}

	@Test
	void theSameExternalIdOrIdempotencyKeyIsStoredOnce() {
		Receipt first = this.signals.receive(this.team.workspace().id(), aTicket("T-2", "first"));
		Receipt again = this.signals.receive(this.team.workspace().id(), aTicket("T-2", "retried"));
		assertThat(again).isEqualTo(new Duplicate(((Accepted) first).signal()));

		NewSignal keyed = new NewSignal(SignalSource.SOCIAL, null, null, null, Scores.NONE, null, "great", null, null,
				null, "retry-42");
		Receipt keyedFirst = this.signals.receive(this.team.workspace().id(), keyed);
		assertThat(this.signals.receive(this.team.workspace().id(), keyed))
			.isEqualTo(new Duplicate(((Accepted) keyedFirst).signal()));
	}

	@Test
	void anotherWorkspaceMayUseTheSameExternalIdAndCannotReadTheSignal() {
		Team other = this.fixtures.aWorkspace("Other signals");
		Receipt mine = this.signals.receive(this.team.workspace().id(), aTicket("T-3", "mine"));
		assertThat(this.signals.receive(other.workspace().id(), aTicket("T-3", "theirs"))).isInstanceOf(Accepted.class);
		assertThat(this.signals.find(other.workspace().id(), ((Accepted) mine).signal())).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			nps=11,        scores.nps
			csat=0,        scores.csat
			ces=8,         scores.ces
			rating=4.3,    scores.rating
			empty,         text
			language=fr,   language
			future,        occurredAt
			""")
	void invalidSignalsAreRejectedWithTheFieldAndNeverStored(String breach, String field) {
		Scores scores = switch (breach) {
			case "nps=11" -> new Scores(11, null, null, null);
			case "csat=0" -> new Scores(null, 0, null, null);
			case "ces=8" -> new Scores(null, null, 8, null);
			case "rating=4.3" -> new Scores(null, null, null, 4.3);
			default -> Scores.NONE;
		};
		String text = breach.equals("empty") ? " " : "some text";
		Instant when = breach.equals("future") ? Instant.now().plus(3, ChronoUnit.DAYS) : null;
		NewSignal signal = new NewSignal(SignalSource.REVIEW, when, null, null, scores, null, text,
				breach.equals("language=fr") ? "fr" : null, null, "bad-" + UUID.randomUUID(), null);
		Receipt receipt = this.signals.receive(this.team.workspace().id(), signal);
		assertThat(receipt).isInstanceOf(Rejected.class);
		assertThat(((Rejected) receipt).field()).isEqualTo(field);
	}

	@Test
	void aSignalAboutATouchpointIsAttachedToItsPublishedVersion() {
		JourneyId journey = this.fixtures.aJourneyFromTemplate(this.team, "online-shop", Locale.forLanguageTag("es"));
		Journey draft = this.fixtures.journey(this.team, journey);
		UUID delivery = draft.editableMap().stages().get(2).touchpoints().get(0).key();
		NewSignal aboutDelivery = new NewSignal(SignalSource.SURVEY, null, "ana@example.test", delivery,
				new Scores(3, null, null, null), null, "Llegó tarde", "es", null, "S-1", null);

		assertThat(this.signals.receive(this.team.workspace().id(), aboutDelivery)).as("not published yet")
			.isEqualTo(new Rejected("touchpointKey", "signal.touchpoint.unknown"));

		this.journeys.publish(this.team.ownerAccess(), journey, draft.revision());
		Receipt receipt = this.signals.receive(this.team.workspace().id(), aboutDelivery);
		Signal stored = this.signals.find(this.team.workspace().id(), ((Accepted) receipt).signal()).orElseThrow();
		assertThat(stored.touchpointKey()).isEqualTo(delivery);
		assertThat(stored.journeyVersion()).isEqualTo(1);
	}

	@Test
	void aBatchStoresTheValidAndReportsTheRest() {
		List<Receipt> receipts = this.signals.receiveAll(this.team.workspace().id(),
				List.of(aTicket("B-1", "ok"), new NewSignal(SignalSource.CALL, null, null, null,
						new Scores(12, null, null, null), null, "x", null, null, "B-2", null),
						aTicket("B-1", "ok again")));
		assertThat(receipts.get(0)).isInstanceOf(Accepted.class);
		assertThat(receipts.get(1)).isInstanceOf(Rejected.class);
		assertThat(receipts.get(2)).isInstanceOf(Duplicate.class);
	}

	private static NewSignal aTicket(String externalId, String text) {
		return new NewSignal(SignalSource.TICKET, null, "cliente@example.test", null, Scores.NONE, "Factura", text,
				"es", Map.of("agent", "Lucía"), externalId, null);
	}

}
