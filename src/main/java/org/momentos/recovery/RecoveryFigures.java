package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.momentos.recovery.internal.FigureQueries;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.stereotype.Service;

/**
 * What recovery achieves, for the recovery dashboard and other modules: recovery rate,
 * speed, SLA compliance, compensation, root causes, and the recovery paradox. The
 * formulas are in docs/recovery.md.
 */
@Service
public class RecoveryFigures {

	private final FigureQueries queries;

	private final Clock clock;

	RecoveryFigures(FigureQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	public Overview overview(WorkspaceAccess access) {
		return overview(access, Period.ALL);
	}

	/**
	 * The dashboard for cases opened within the period; the recovery paradox always looks
	 * at every later moment.
	 */
	public Overview overview(WorkspaceAccess access, Period period) {
		access.require(Permission.VIEW);
		WorkspaceId workspace = access.workspaceId();
		var now = this.clock.instant();
		return new Overview(
				this.queries.figures(workspace, "total", now, period).stream().findFirst().orElse(Figures.NONE),
				this.queries.figures(workspace, "touchpoint", now, period),
				this.queries.figures(workspace, "team", now, period),
				this.queries.figures(workspace, "agent", now, period), this.queries.compensation(workspace, period),
				this.queries.rootCauses(workspace, period), this.queries.paradox(workspace));
	}

	/** Root causes per touchpoint, most frequent first, for the journey map. */
	public List<RootCauseCount> rootCausesByTouchpoint(WorkspaceId workspace) {
		return this.queries.rootCauses(workspace, Period.ALL);
	}

	/**
	 * The dashboard.
	 *
	 * @param total every case of the workspace
	 * @param byTouchpoint per touchpoint key (label: the key, or empty)
	 * @param byTeam per team
	 * @param byAgent per assignee
	 * @param compensation spent per currency
	 * @param rootCauses root causes per touchpoint, most frequent first
	 * @param paradox later loyalty of recovered, never-hurt and lost customers
	 */
	public record Overview(Figures total, List<Figures> byTouchpoint, List<Figures> byTeam, List<Figures> byAgent,
			Map<String, BigDecimal> compensation, List<RootCauseCount> rootCauses, List<ParadoxGroup> paradox) {
	}

	/**
	 * The figures of a group of cases.
	 *
	 * @param label what the group is (a touchpoint key, team or agent; empty for none)
	 * @param opened cases opened
	 * @param open still worked
	 * @param recovered ended recovered
	 * @param lost ended lost
	 * @param unknown resolved, follow-up unanswered after the reminder
	 * @param firstContact mean time from opening to first contact
	 * @param resolution mean time from opening to resolution
	 * @param firstContactCompliance share of decided first contacts made in time
	 * @param resolutionCompliance share of decided resolutions made in time
	 * @param compensationCases cases with compensation of any kind
	 */
	public record Figures(String label, long opened, long open, long recovered, long lost, long unknown,
			Optional<Duration> firstContact, Optional<Duration> resolution, Optional<Double> firstContactCompliance,
			Optional<Double> resolutionCompliance, long compensationCases) {

		static final Figures NONE = new Figures("", 0, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), 0);

		/** Recovered among those with a known outcome: recovered / (recovered + lost). */
		public Optional<Double> recoveryRate() {
			long decided = this.recovered + this.lost;
			return decided == 0 ? Optional.empty() : Optional.of((double) this.recovered / decided);
		}

	}

	/** How often a root cause was found at a touchpoint. */
	public record RootCauseCount(UUID touchpointKey, RootCause cause, long cases) {
	}

	/**
	 * The later loyalty of one group of customers.
	 *
	 * @param group RECOVERED, NEVER_HURT or NOT_RECOVERED
	 * @param customers customers with an NPS answer in the group
	 * @param answers NPS answers counted
	 * @param nps promoters minus detractors, in percent of answers
	 */
	public record ParadoxGroup(String group, long customers, long answers, Optional<Double> nps) {
	}

	/**
	 * Which cases the dashboard counts: opened from {@code from} to {@code to}, both days
	 * included (UTC); either may be open.
	 */
	public record Period(LocalDate from, LocalDate to) {

		public static final Period ALL = new Period(null, null);

		public Period {
			if (from != null && to != null && to.isBefore(from)) {
				throw org.momentos.platform.Problem.invalid("recovery.period.invalid");
			}
		}

	}

}
