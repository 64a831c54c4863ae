package org.momentos.survey;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Teams with a published journey and open surveys on its touchpoints, for survey tests.
 */
@Component
public class SurveyFixtures {

	private final Fixtures fixtures;

	private final Journeys journeys;

	private final Surveys surveys;

	private final JdbcClient jdbc;

	SurveyFixtures(Fixtures fixtures, Journeys journeys, Surveys surveys, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.journeys = journeys;
		this.surveys = surveys;
		this.jdbc = jdbc;
	}

	/**
	 * The signal a complete response became, once the background conversion did it (at
	 * most 20 seconds); the response is found by its token or its invitation.
	 */
	public long signalOfResponse(String token, Long invitationId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			Optional<Long> signal = this.jdbc.sql("""
					select signal_id from survey_response
					where (token = ? or invitation_id = ?) and converted and signal_id is not null""")
				.params(token, invitationId)
				.query(Long.class)
				.optional();
			if (signal.isPresent()) {
				return signal.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The response never became a signal");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
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
