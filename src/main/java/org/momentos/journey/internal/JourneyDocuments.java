package org.momentos.journey.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.momentos.journey.Channel;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.JourneySummary;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;
import org.momentos.platform.Problem;

/**
 * The JSON shapes of the journey API, kept apart from the domain so either can evolve.
 */
final class JourneyDocuments {

	private JourneyDocuments() {
	}

	record JourneyListItem(long id, String name, String description, int stages, int touchpoints,
			Integer publishedVersion, boolean hasDraft, Instant updatedAt) {

		static JourneyListItem of(JourneySummary summary) {
			return new JourneyListItem(summary.id().value(), summary.name(), summary.description(),
					summary.stageCount(), summary.touchpointCount(), summary.publishedVersion(), summary.hasDraft(),
					summary.updatedAt());
		}

	}

	record JourneyDocument(long id, String name, String description, int revision, VersionDocument draft,
			VersionDocument published, List<Journey.VersionInfo> versions, Instant updatedAt) {

		static JourneyDocument of(Journey journey) {
			return new JourneyDocument(journey.id().value(), journey.name(), journey.description(), journey.revision(),
					journey.draft().map(VersionDocument::of).orElse(null),
					journey.published().map(VersionDocument::of).orElse(null), journey.versions(), journey.updatedAt());
		}

	}

	record VersionDocument(int number, Journey.VersionStatus status, List<StageDocument> stages) {

		static VersionDocument of(Journey.Version version) {
			return new VersionDocument(version.number(), version.status(),
					version.map().stages().stream().map(StageDocument::of).toList());
		}

	}

	record StageDocument(UUID key, String name, MomentKind momentKind, String description,
			List<TouchpointDocument> touchpoints) {

		static StageDocument of(Stage stage) {
			return new StageDocument(stage.key(), stage.name(), stage.momentKind(), stage.description(),
					stage.touchpoints().stream().map(TouchpointDocument::of).toList());
		}

		Stage toStage() {
			if (this.momentKind == null) {
				throw Problem.invalid("journey.stage.momentKind.invalid");
			}
			List<Touchpoint> touchpoints = this.touchpoints == null ? List.of()
					: this.touchpoints.stream().map(TouchpointDocument::toTouchpoint).toList();
			return new Stage(this.key == null ? UUID.randomUUID() : this.key,
					JourneyRules.checkedName(this.name, "journey.stage.name.invalid"), this.momentKind,
					JourneyRules.checkedText(this.description), touchpoints);
		}

	}

	record TouchpointDocument(UUID key, String name, Channel channel, String expectation, String ownerTeam,
			TargetsDocument targets, Boolean momentOfTruth) {

		static TouchpointDocument of(Touchpoint touchpoint) {
			Targets targets = touchpoint.targets();
			return new TouchpointDocument(touchpoint.key(), touchpoint.name(), touchpoint.channel(),
					touchpoint.expectation(), touchpoint.ownerTeam(),
					new TargetsDocument(targets.nps(), targets.csat(), targets.ces()), touchpoint.momentOfTruth());
		}

		Touchpoint toTouchpoint() {
			if (this.channel == null) {
				throw Problem.invalid("journey.touchpoint.channel.invalid");
			}
			Targets targets;
			try {
				targets = this.targets == null ? Targets.NONE
						: new Targets(this.targets.nps(), this.targets.csat(), this.targets.ces());
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("journey.targets.invalid");
			}
			return new Touchpoint(this.key == null ? UUID.randomUUID() : this.key,
					JourneyRules.checkedName(this.name, "journey.touchpoint.name.invalid"), this.channel,
					JourneyRules.checkedText(this.expectation), this.ownerTeam == null ? "" : this.ownerTeam.strip(),
					targets, Boolean.TRUE.equals(this.momentOfTruth));
		}

	}

	/** Targets: NPS -100..100, CSAT top-2 share 0..100, CES mean 1..7; each optional. */
	record TargetsDocument(Integer nps, Integer csat, Double ces) {
	}

	/**
	 * Body of POST /api/v1/journeys: either {@code template} or {@code stages} (or
	 * neither).
	 */
	record NewJourney(String name, String description, String template, String language, List<StageDocument> stages) {
	}

	/** Body of PUT /api/v1/journeys/{id}: the whole draft. */
	record JourneyUpdate(String name, String description, Integer revision, List<StageDocument> stages) {
	}

	record Published(int version) {
	}

	record TemplateItem(String id, String name, String description) {
	}

	static JourneyMap mapOf(List<StageDocument> stages) {
		return new JourneyMap(stages == null ? List.of() : stages.stream().map(StageDocument::toStage).toList());
	}

}
