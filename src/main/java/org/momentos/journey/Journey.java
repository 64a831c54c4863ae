package org.momentos.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A journey as its editors see it: the latest published version, the draft being edited
 * (if any), and the history of versions.
 *
 * @param id the journey
 * @param name e.g. "Compra online"
 * @param description what the journey covers
 * @param revision changes on every save; a save that names an older revision is refused
 * @param draft the version being edited, if any
 * @param published the latest published version, if any
 * @param versions every version, newest first
 * @param updatedAt when it last changed
 */
public record Journey(JourneyId id, String name, String description, int revision, Optional<Version> draft,
		Optional<Version> published, List<VersionInfo> versions, Instant updatedAt) {

	/** What an editor works on: the draft, or a copy of the published version. */
	public JourneyMap editableMap() {
		return this.draft.or(() -> this.published).map(Version::map).orElse(JourneyMap.EMPTY);
	}

	/**
	 * What people see by default: the latest published version, or the draft before any.
	 */
	public Version current() {
		return this.published.or(() -> this.draft).orElseThrow();
	}

	/** One version's content. */
	public record Version(int number, VersionStatus status, JourneyMap map) {
	}

	/** One line of a journey's history. */
	public record VersionInfo(int number, VersionStatus status, Instant publishedAt, String publishedBy) {
	}

	/** A draft can change; a published version never does. */
	public enum VersionStatus {

		DRAFT, PUBLISHED

	}

}
