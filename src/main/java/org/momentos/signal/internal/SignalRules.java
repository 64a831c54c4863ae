package org.momentos.signal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.Scores;

/**
 * What a signal must respect to be stored; each breach names the field and a reason key.
 */
public final class SignalRules {

	static final int MAX_TEXT = 20_000;

	static final int MAX_TITLE = 500;

	static final int MAX_REFERENCE = 320;

	static final int MAX_ID = 200;

	static final int MAX_ATTRIBUTES = 50;

	static final int MAX_ATTRIBUTE_LENGTH = 500;

	private static final Set<String> LANGUAGES = Set.of("es", "en");

	private SignalRules() {
	}

	/** The first rule the signal breaks, if any. */
	public static Optional<Rejected> check(NewSignal signal, Instant now) {
		if (signal.source() == null) {
			return reject("source", "signal.source.required");
		}
		if (signal.occurredAt() != null && signal.occurredAt().isAfter(now.plus(Duration.ofDays(1)))) {
			return reject("occurredAt", "signal.occurredAt.future");
		}
		Optional<Rejected> scores = checkScores(signal.scores());
		if (scores.isPresent()) {
			return scores;
		}
		boolean hasText = signal.text() != null && !signal.text().isBlank();
		boolean hasScore = signal.scores().nps() != null || signal.scores().csat() != null
				|| signal.scores().ces() != null || signal.scores().rating() != null;
		if (!hasText && !hasScore) {
			return reject("text", "signal.empty");
		}
		if (hasText && signal.text().length() > MAX_TEXT) {
			return reject("text", "signal.text.tooLong");
		}
		if (signal.title() != null && signal.title().length() > MAX_TITLE) {
			return reject("title", "signal.title.tooLong");
		}
		if (signal.customerReference() != null && signal.customerReference().length() > MAX_REFERENCE) {
			return reject("customerReference", "signal.customerReference.tooLong");
		}
		if (signal.externalId() != null && signal.externalId().length() > MAX_ID) {
			return reject("externalId", "signal.externalId.tooLong");
		}
		if (signal.idempotencyKey() != null && signal.idempotencyKey().length() > MAX_ID) {
			return reject("idempotencyKey", "signal.idempotencyKey.tooLong");
		}
		if (signal.language() != null && !signal.language().isBlank() && !LANGUAGES.contains(signal.language())) {
			return reject("language", "signal.language.unsupported");
		}
		return checkAttributes(signal.attributes());
	}

	private static Optional<Rejected> checkScores(Scores scores) {
		if (scores.nps() != null && (scores.nps() < 0 || scores.nps() > 10)) {
			return reject("scores.nps", "signal.nps.range");
		}
		if (scores.csat() != null && (scores.csat() < 1 || scores.csat() > 5)) {
			return reject("scores.csat", "signal.csat.range");
		}
		if (scores.ces() != null && (scores.ces() < 1 || scores.ces() > 7)) {
			return reject("scores.ces", "signal.ces.range");
		}
		if (scores.rating() != null && (scores.rating() < 1 || scores.rating() > 5
				|| scores.rating() * 2 != Math.rint(scores.rating() * 2))) {
			return reject("scores.rating", "signal.rating.range");
		}
		return Optional.empty();
	}

	private static Optional<Rejected> checkAttributes(Map<String, String> attributes) {
		if (attributes.size() > MAX_ATTRIBUTES) {
			return reject("attributes", "signal.attributes.tooMany");
		}
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			if (attribute.getKey().isBlank() || attribute.getKey().length() > 100 || attribute.getValue() == null
					|| attribute.getValue().length() > MAX_ATTRIBUTE_LENGTH) {
				return reject("attributes." + attribute.getKey(), "signal.attribute.invalid");
			}
		}
		return Optional.empty();
	}

	private static Optional<Rejected> reject(String field, String reason) {
		return Optional.of(new Rejected(field, reason));
	}

}
