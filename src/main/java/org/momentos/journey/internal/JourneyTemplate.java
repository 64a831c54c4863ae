package org.momentos.journey.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.momentos.journey.Channel;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;

/**
 * A ready-made journey for a common kind of business, written in Spanish and English. A
 * workspace starts its own journey by instantiating one in its language.
 *
 * @param id stable identifier, the file name without {@code .json}
 * @param name e.g. "Compra online" / "Online shopping"
 * @param description what business the template fits
 * @param stages the stages in journey order
 */
public record JourneyTemplate(String id, BilingualText name, BilingualText description, List<StageTemplate> stages) {

	public JourneyTemplate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		if (stages == null || stages.isEmpty()) {
			throw new IllegalArgumentException("a template needs at least one stage");
		}
		stages = List.copyOf(stages);
	}

	public String name(Locale locale) {
		return this.name.in(locale);
	}

	public String description(Locale locale) {
		return this.description.in(locale);
	}

	/**
	 * A new journey map in the given language; every stage and touchpoint gets a fresh
	 * key, so two journeys made from the same template never share identities.
	 */
	public JourneyMap instantiate(Locale locale) {
		return new JourneyMap(this.stages.stream().map((stage) -> stage.instantiate(locale)).toList());
	}

	/** A stage of a template. */
	public record StageTemplate(BilingualText name, MomentKind momentKind, BilingualText description,
			List<TouchpointTemplate> touchpoints) {

		public StageTemplate {
			Objects.requireNonNull(name, "stage name");
			Objects.requireNonNull(momentKind, "momentKind of stage " + name.en());
			Objects.requireNonNull(description, "description of stage " + name.en());
			touchpoints = (touchpoints != null) ? List.copyOf(touchpoints) : List.of();
		}

		Stage instantiate(Locale locale) {
			List<Touchpoint> instances = this.touchpoints.stream()
				.map((touchpoint) -> touchpoint.instantiate(locale))
				.toList();
			return new Stage(UUID.randomUUID(), this.name.in(locale), this.momentKind, this.description.in(locale),
					instances);
		}

	}

	/** A touchpoint of a template stage. */
	public record TouchpointTemplate(BilingualText name, Channel channel, BilingualText expectation,
			BilingualText ownerTeam, Targets targets, boolean momentOfTruth) {

		public TouchpointTemplate {
			Objects.requireNonNull(name, "touchpoint name");
			Objects.requireNonNull(channel, "channel of touchpoint " + name.en());
			Objects.requireNonNull(expectation, "expectation of touchpoint " + name.en());
			Objects.requireNonNull(ownerTeam, "ownerTeam of touchpoint " + name.en());
			targets = (targets != null) ? targets : Targets.NONE;
		}

		Touchpoint instantiate(Locale locale) {
			return new Touchpoint(UUID.randomUUID(), this.name.in(locale), this.channel, this.expectation.in(locale),
					this.ownerTeam.in(locale), this.targets, this.momentOfTruth);
		}

	}

}
