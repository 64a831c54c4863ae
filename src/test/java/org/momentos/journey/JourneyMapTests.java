package org.momentos.journey;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editing a journey map: every edit returns a new map and leaves the old one as it was.
 */
class JourneyMapTests {

	private final Stage research = Stage.named("Research", MomentKind.ZERO);

	private final Stage purchase = Stage.named("Purchase", MomentKind.FIRST);

	private final Stage delivery = Stage.named("Delivery", MomentKind.ACTUAL);

	private final JourneyMap map = new JourneyMap(List.of(this.research, this.purchase, this.delivery));

	@Test
	void movesAStageLaterAndEarlierStoppingAtTheEnds() {
		assertThat(names(this.map.withStageMoved(this.research.key(), 1))).containsExactly("Purchase", "Research",
				"Delivery");
		assertThat(names(this.map.withStageMoved(this.delivery.key(), -2))).containsExactly("Delivery", "Research",
				"Purchase");
		assertThat(names(this.map.withStageMoved(this.delivery.key(), 5))).containsExactly("Research", "Purchase",
				"Delivery");
		assertThat(names(this.map)).as("the original is untouched").containsExactly("Research", "Purchase", "Delivery");
	}

	@Test
	void addsChangesMovesAndDeletesTouchpointsKeepingTheirKeys() {
		Touchpoint search = Touchpoint.named("Search engine", Channel.WEB);
		Touchpoint reviews = Touchpoint.named("Reviews", Channel.REVIEW_SITE);
		JourneyMap withTouchpoints = this.map.withTouchpointAdded(this.research.key(), search)
			.withTouchpointAdded(this.research.key(), reviews);

		JourneyMap moved = withTouchpoints.withTouchpointMoved(reviews.key(), -1);
		assertThat(moved.stage(this.research.key()).touchpoints()).extracting(Touchpoint::name)
			.containsExactly("Reviews", "Search engine");

		Touchpoint renamed = new Touchpoint(search.key(), "Google search", Channel.WEB, "Finds us on page one",
				"Marketing", new Targets(30, null, null), true);
		JourneyMap changed = moved.withTouchpointChanged(renamed);
		assertThat(changed.touchpoint(search.key())).isEqualTo(renamed);

		assertThat(changed.withoutTouchpoint(reviews.key()).touchpointCount()).isEqualTo(1);
	}

	@Test
	void deletingAStageDeletesItsTouchpoints() {
		JourneyMap withTouchpoint = this.map.withTouchpointAdded(this.purchase.key(),
				Touchpoint.named("Checkout", Channel.WEB));
		JourneyMap without = withTouchpoint.withoutStage(this.purchase.key());
		assertThat(names(without)).containsExactly("Research", "Delivery");
		assertThat(without.touchpointCount()).isZero();
	}

	@Test
	void refusesToEditAPartThatIsNotInTheMap() {
		assertThatThrownBy(() -> this.map.withStageMoved(UUID.randomUUID(), 1))
			.isInstanceOf(JourneyMap.UnknownPart.class);
		assertThatThrownBy(() -> this.map.withoutTouchpoint(UUID.randomUUID()))
			.isInstanceOf(JourneyMap.UnknownPart.class);
	}

	@Test
	void targetsOutOfRangeAreRefused() {
		assertThatThrownBy(() -> new Targets(101, null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Targets(null, -1, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Targets(null, null, 7.5)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new Targets(-100, 100, 1.0).isEmpty()).isFalse();
	}

	private static List<String> names(JourneyMap map) {
		return map.stages().stream().map(Stage::name).toList();
	}

}
