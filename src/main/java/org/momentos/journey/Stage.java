package org.momentos.journey;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of a journey, of exactly one {@link MomentKind}, with its touchpoints in
 * order.
 *
 * @param key identity across versions
 * @param name e.g. "Delivery"
 * @param momentKind the kind of moment of truth this stage is
 * @param description optional notes
 * @param touchpoints the concrete interactions, in order
 */
public record Stage(UUID key, String name, MomentKind momentKind, String description, List<Touchpoint> touchpoints) {

	public Stage {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(momentKind, "momentKind");
		description = description == null ? "" : description;
		touchpoints = List.copyOf(touchpoints);
	}

	public static Stage named(String name, MomentKind momentKind) {
		return new Stage(UUID.randomUUID(), name, momentKind, "", List.of());
	}

}
