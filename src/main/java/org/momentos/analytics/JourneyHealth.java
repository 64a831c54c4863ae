package org.momentos.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.momentos.analytics.internal.HealthQueries;
import org.momentos.analytics.internal.HealthQueries.Rollup;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Touchpoint;
import org.momentos.platform.Problem;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/**
 * The health of a journey over a period: the journey as a whole, each stage and each
 * touchpoint of its current version, each with its change against the previous period of
 * the same length.
 */
@Service
public class JourneyHealth {

	static final int LONGEST_PERIOD_DAYS = 3660;

	private final Journeys journeys;

	private final HealthQueries queries;

	JourneyHealth(Journeys journeys, HealthQueries queries) {
		this.journeys = journeys;
		this.queries = queries;
	}

	public Report of(WorkspaceAccess access, JourneyId id, LocalDate from, LocalDate to) {
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
			throw Problem.invalid("analytics.period.invalid");
		}
		Journey journey = this.journeys.get(access, id);
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		List<UUID> allKeys = journey.current()
			.map()
			.stages()
			.stream()
			.flatMap((stage) -> stage.touchpoints().stream())
			.map(Touchpoint::key)
			.toList();
		Rollup current = this.queries.rollup(access.workspaceId(), allKeys, from, to);
		Rollup previous = this.queries.rollup(access.workspaceId(), allKeys, from.minusDays(days), from.minusDays(1));
		List<StageHealth> stages = new ArrayList<>();
		for (Stage stage : journey.current().map().stages()) {
			List<UUID> keys = stage.touchpoints().stream().map(Touchpoint::key).toList();
			List<TouchpointHealth> touchpoints = stage.touchpoints()
				.stream()
				.map((touchpoint) -> new TouchpointHealth(touchpoint.key(), touchpoint.name(),
						period(List.of(touchpoint.key()), current, previous)))
				.toList();
			stages.add(new StageHealth(stage.key(), stage.name(), stage.momentKind(), period(keys, current, previous),
					touchpoints));
		}
		return new Report(journey.id(), journey.name(), from, to, period(allKeys, current, previous), stages);
	}

	private static Period period(List<UUID> keys, Rollup current, Rollup previous) {
		MomentHealth now = current.health(keys);
		return new Period(now, now.changesSince(previous.health(keys)));
	}

	/** A journey's health report. */
	public record Report(JourneyId journey, String name, LocalDate from, LocalDate to, Period health,
			List<StageHealth> stages) {
	}

	/** A stage's health, with its touchpoints'. */
	public record StageHealth(UUID key, String name, MomentKind momentKind, Period health,
			List<TouchpointHealth> touchpoints) {
	}

	/** A touchpoint's health. */
	public record TouchpointHealth(UUID key, String name, Period health) {
	}

	/** Health in the period, and its changes against the previous one. */
	public record Period(MomentHealth current, MomentHealth.Changes changes) {
	}

}
