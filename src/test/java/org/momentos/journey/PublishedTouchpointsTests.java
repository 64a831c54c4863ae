package org.momentos.journey;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules find touchpoints by their stable key in the latest published version. */
@MomentosTest
@Import(Fixtures.class)
class PublishedTouchpointsTests {

	@Autowired
	Journeys journeys;

	@Autowired
	Fixtures fixtures;

	@Test
	void findsTouchpointsOfTheLatestPublishedVersionOnlyAndOnlyInTheirWorkspace() {
		Team team = this.fixtures.aWorkspace("Touchpoints");
		JourneyId id = this.fixtures.aJourneyFromTemplate(team, "restaurant", Locale.ENGLISH);
		Journey draft = this.fixtures.journey(team, id);
		UUID key = draft.editableMap().stages().get(1).touchpoints().get(0).key();
		assertThat(this.journeys.publishedTouchpoint(team.workspace().id(), key)).as("drafts are not published")
			.isEmpty();

		this.journeys.publish(team.ownerAccess(), id, draft.revision());
		Journey published = this.fixtures.journey(team, id);
		this.journeys.edit(team.ownerAccess(), id, published.revision(), (map) -> map.withTouchpointChanged(
				new Touchpoint(key, "Renamed in the draft", Channel.WEB, "", "", Targets.NONE, false)));

		TouchpointRef ref = this.journeys.publishedTouchpoint(team.workspace().id(), key).orElseThrow();
		assertThat(ref.version()).isEqualTo(1);
		assertThat(ref.touchpointName()).isNotEqualTo("Renamed in the draft");
		assertThat(ref.momentKind()).isEqualTo(draft.editableMap().stages().get(1).momentKind());
		assertThat(this.journeys.publishedTouchpoints(team.workspace().id())).extracting(TouchpointRef::touchpointKey)
			.contains(key);

		Team other = this.fixtures.aWorkspace("Elsewhere");
		assertThat(this.journeys.publishedTouchpoint(other.workspace().id(), key)).isEmpty();
		assertThat(this.journeys.publishedTouchpoints(other.workspace().id())).isEmpty();
	}

}
