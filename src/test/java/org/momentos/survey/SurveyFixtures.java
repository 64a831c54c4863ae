package org.momentos.survey;

import java.util.Locale;
import java.util.UUID;

import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;

import org.springframework.stereotype.Component;

/**
 * Teams with a published journey and open surveys on its touchpoints, for survey tests.
 */
@Component
public class SurveyFixtures {

	private final Fixtures fixtures;

	private final Journeys journeys;

	private final Surveys surveys;

	SurveyFixtures(Fixtures fixtures, Journeys journeys, Surveys surveys) {
		this.fixtures = fixtures;
		this.journeys = journeys;
		this.surveys = surveys;
	}

	/** A workspace whose online-shop journey is published. */
	public Team aShopWithAPublishedJourney(String name) {
		Team team = this.fixtures.aWorkspace(name);
		JourneyId id = this.fixtures.aJourneyFromTemplate(team, "online-shop", Locale.forLanguageTag("es"));
		Journey journey = this.fixtures.journey(team, id);
		this.journeys.publish(team.ownerAccess(), id, journey.revision());
		return team;
	}

	public TouchpointRef aTouchpoint(Team team, int index) {
		return this.journeys.publishedTouchpoints(team.workspace().id()).get(index);
	}

	/**
	 * An open survey from a template, bound to the team's touchpoint number
	 * {@code index}.
	 */
	public Survey anOpenSurvey(Team team, String template, int index) {
		UUID touchpoint = aTouchpoint(team, index).touchpointKey();
		SurveyId id = this.surveys.create(team.ownerAccess(), "Survey " + template, template, touchpoint);
		this.surveys.open(team.ownerAccess(), id);
		return this.surveys.get(team.ownerAccess(), id);
	}

}
