package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.MovableClock;
import org.momentos.recovery.RecoveryFigures.ParadoxGroup;
import org.momentos.recovery.RecoveryFigures.Period;
import org.momentos.recovery.RecoveryFigures.RootCauseCount;
import org.momentos.recovery.internal.DashboardTallies;
import org.momentos.recovery.internal.FigureQueries;
import org.momentos.signal.Scores;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads tallies kept by triggers; on cases opened over several days, with
 * contacts, compensation, root causes, outcomes, reassignment and moments, they give
 * exactly what the direct SQL gives, for every period, before and after the tallies are
 * folded and deadlines pass, and never count another workspace.
 */
@MomentosTest
@Import(Fixtures.class)
class RecoveryTalliesTests {

	private static final AtomicLong signals = new AtomicLong(9_000_000);

	private static final List<String> GROUPINGS = List.of("total", "touchpoint", "team", "agent");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	FigureQueries tallies;

	@Autowired
	DashboardTallies job;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theTalliesGiveWhatTheDirectQueriesGiveForEveryPeriod() {
		Team shop = this.fixtures.aWorkspace("Recuentos");
		Instant start = this.clock.instant();
		LocalDate first = day(start);
		story(shop, UUID.randomUUID());
		List<Period> periods = List.of(Period.ALL, new Period(first, first), new Period(first, first.plusDays(2)),
				new Period(first.plusDays(2), null), new Period(null, first.plusDays(1)),
				new Period(first.plusDays(5), first.plusDays(5)), new Period(first.plusDays(6), null),
				new Period(first.minusDays(3), first.minusDays(1)));
		assertSame(shop.workspace().id(), periods);
		this.job.fold();
		assertSame(shop.workspace().id(), periods);
		this.clock.advance(Duration.ofDays(12));
		assertSame(shop.workspace().id(), periods);
		this.job.fold();
		assertThat(this.jdbc.sql("select count(*) from recovery_case where workspace_id = ? and resolution_lapsed")
			.param(shop.workspace().id().value())
			.query(Long.class)
			.single()).as("cases marked lapsed").isPositive();
		assertSame(shop.workspace().id(), periods);
		this.clock.advance(Duration.ofDays(1));
		CaseId late = this.cases.open(shop.ownerAccess(),
				new NewCase("Tarde", "fede", null, null, Priority.CRITICAL, "", "Caja"));
		this.clock.advance(Duration.ofHours(30));
		this.job.fold();
		Case marked = this.cases.get(shop.ownerAccess(), late);
		this.cases.changePriority(shop.ownerAccess(), late, marked.version(), Priority.LOW);
		assertSame(shop.workspace().id(), periods);
		assertThat(this.tallies.figures(shop.workspace().id(), "total", this.clock.instant(), Period.ALL)
			.getFirst()
			.opened()).isEqualTo(6);
	}

	@Test
	void anotherWorkspacesCasesAndMomentsAreNeverCounted() {
		Team shop = this.fixtures.aWorkspace("Propia");
		Team other = this.fixtures.aWorkspace("Ajena");
		UUID touchpoint = UUID.randomUUID();
		story(shop, touchpoint);
		story(other, touchpoint);
		this.job.fold();
		for (Team team : List.of(shop, other)) {
			WorkspaceId workspace = team.workspace().id();
			assertSame(workspace, List.of(Period.ALL));
			assertThat(this.tallies.figures(workspace, "total", this.clock.instant(), Period.ALL).getFirst().opened())
				.isEqualTo(5);
			assertThat(this.tallies.compensation(workspace, Period.ALL))
				.containsExactly(Map.entry("EUR", new BigDecimal("15.75")), Map.entry("USD", new BigDecimal("7.00")));
			assertThat(this.tallies.paradox(workspace)).extracting(ParadoxGroup::customers).containsExactly(0L, 1L, 1L);
		}
	}

	/**
	 * Five cases over five days: contacted, compensated, recovered, lost, reassigned...
	 */
	private void story(Team team, UUID touchpoint) {
		WorkspaceAccessHolder shop = new WorkspaceAccessHolder(team);
		String owner = team.owner().email();
		moment(team, "ana", "BAD", 3, this.clock.instant().minusSeconds(60));
		CaseId first = shop.open("ana", touchpoint, Priority.HIGH, "", "Caja");
		shop.then(first, (c) -> this.cases.logContact(team.ownerAccess(), first, c.version(), ContactChannel.PHONE,
				ContactOutcome.REACHED, "hablamos"));
		shop.then(first, (c) -> this.cases.giveCompensation(team.ownerAccess(), first, c.version(),
				new Compensation(CompensationKind.REFUND, new BigDecimal("10.50"), "EUR", "R-1")));
		shop.then(first, (c) -> this.cases.chooseRootCause(team.ownerAccess(), first, c.version(),
				RootCause.BILLING_ERROR, null));
		CaseId second = shop.open("ben", null, Priority.NORMAL, owner, "Finanzas");
		this.clock.advance(Duration.ofHours(30));
		shop.then(first, (c) -> this.cases.moveTo(team.ownerAccess(), first, c.version(), CaseState.RESOLVED, ""));
		shop.then(first, (c) -> this.cases.recordFollowUp(team.ownerAccess(), first, c.version(),
				new Scores(9, null, null, null)));
		moment(team, "ana", "MAGIC", 10, this.clock.instant().plusSeconds(60));
		this.clock.advance(Duration.ofHours(20));
		CaseId third = shop.open("ben", touchpoint, Priority.CRITICAL, "", "Caja");
		shop.then(second, (c) -> this.cases.giveCompensation(team.ownerAccess(), second, c.version(),
				new Compensation(CompensationKind.APOLOGY, null, "", "")));
		shop.then(second, (c) -> this.cases.chooseRootCause(team.ownerAccess(), second, c.version(), RootCause.PROCESS,
				touchpoint));
		shop.then(second,
				(c) -> this.cases.chooseRootCause(team.ownerAccess(), second, c.version(), RootCause.PEOPLE, null));
		shop.then(second, (c) -> this.cases.moveTo(team.ownerAccess(), second, c.version(), CaseState.LOST, "no"));
		shop.then(third, (c) -> this.cases.assign(team.ownerAccess(), third, c.version(), owner, "Finanzas"));
		shop.then(third, (c) -> this.cases.giveCompensation(team.ownerAccess(), third, c.version(),
				new Compensation(CompensationKind.DISCOUNT, new BigDecimal("5.25"), "EUR", "D-1")));
		moment(team, "ben", "BAD", 2, this.clock.instant().plusSeconds(60));
		this.clock.advance(Duration.ofDays(3));
		CaseId fourth = shop.open("cleo", touchpoint, Priority.LOW, "", "");
		shop.then(fourth, (c) -> this.cases.giveCompensation(team.ownerAccess(), fourth, c.version(),
				new Compensation(CompensationKind.COUPON, new BigDecimal("7"), "USD", "C-1")));
		shop.then(third, (c) -> this.cases.moveTo(team.ownerAccess(), third, c.version(), CaseState.RESOLVED, ""));
		shop.then(first, (c) -> this.cases.moveTo(team.ownerAccess(), first, c.version(), CaseState.OPEN, "otra vez"));
		shop.open("", null, Priority.NORMAL, "", "Caja");
		moment(team, "dan", "MAGIC", 9, this.clock.instant());
		moment(team, "dan", "NEUTRAL", 5, this.clock.instant());
		moment(team, "eve", "BAD", 8, this.clock.instant());
		moment(team, "dan", "CRITICAL", null, this.clock.instant());
		moment(team, "gil", "MAGIC", null, this.clock.instant());
		this.jdbc.sql("update recovery_moment set verdict = 'NEUTRAL' where workspace_id = ? and customer_ref = 'eve'")
			.param(team.workspace().id().value())
			.update();
	}

	private void moment(Team team, String customer, String verdict, Integer nps, Instant at) {
		this.jdbc.sql("""
				insert into recovery_moment (workspace_id, signal_id, customer_ref, verdict, nps, occurred_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(team.workspace().id().value(), signals.incrementAndGet(), customer, verdict, nps,
					java.sql.Timestamp.from(at))
			.update();
	}

	private void assertSame(WorkspaceId workspace, List<Period> periods) {
		DirectFigures direct = new DirectFigures(this.jdbc);
		Instant now = this.clock.instant();
		for (Period period : periods) {
			for (String grouping : GROUPINGS) {
				assertThat(this.tallies.figures(workspace, grouping, now, period)).as(grouping + " " + period)
					.isEqualTo(direct.figures(workspace, grouping, now, period));
			}
			assertThat(this.tallies.compensation(workspace, period)).as("compensation " + period)
				.isEqualTo(direct.compensation(workspace, period));
			assertThat(sorted(this.tallies.rootCauses(workspace, period))).as("root causes " + period)
				.isEqualTo(sorted(direct.rootCauses(workspace, period)));
		}
		assertThat(this.tallies.paradox(workspace)).isEqualTo(direct.paradox(workspace));
	}

	private static List<RootCauseCount> sorted(List<RootCauseCount> counts) {
		return counts.stream().sorted(Comparator.comparing(RootCauseCount::toString)).toList();
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/** Opens cases and changes them at their current version. */
	private final class WorkspaceAccessHolder {

		private final Team team;

		WorkspaceAccessHolder(Team team) {
			this.team = team;
		}

		CaseId open(String customer, UUID touchpoint, Priority priority, String assignee, String teamName) {
			return RecoveryTalliesTests.this.cases.open(this.team.ownerAccess(),
					new NewCase("Cobro duplicado", customer, null, touchpoint, priority, assignee, teamName));
		}

		void then(CaseId id, java.util.function.Function<Case, Case> change) {
			change.apply(RecoveryTalliesTests.this.cases.get(this.team.ownerAccess(), id));
		}

	}

}
