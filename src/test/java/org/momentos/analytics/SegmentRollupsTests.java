package org.momentos.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.Flag;
import org.momentos.insight.SentimentLabel;
import org.momentos.journey.MomentKind;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.workspace.WorkspaceId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Segment comparisons read daily roll-ups kept by judging: they answer exactly what
 * reading every signal of the period answers, after signals are judged again and the
 * rules change, and never count another workspace's signals.
 */
@MomentosTest
@Import(Fixtures.class)
class SegmentRollupsTests {

	private static final List<String> STORES = List.of("Centro", "Norte", "Sur");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	Segments segments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rollUpsAnswerWhatTheSignalsSayAndStayInTheirWorkspace() {
		Team team = this.fixtures.aWorkspace("Segment roll-ups");
		Team other = this.fixtures.aWorkspace("Segment roll-ups elsewhere");
		List<Signal> mine = send(team.workspace().id(), 90, new Random(5));
		send(other.workspace().id(), 40, new Random(6));
		Random random = new Random(7);
		for (int round = 0; round < 2; round++) {
			Map<SignalId, TextReading> readings = new HashMap<>();
			for (Signal signal : mine) {
				double sentiment = Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
				Set<Flag> flags = random.nextInt(10) == 0 ? Set.of(Flag.CHURN_THREAT) : Set.of();
				readings.put(signal.id(), new TextReading(sentiment, flags, null,
						List.of(new ThemeMention("billing", SentimentLabel.NEGATIVE))));
			}
			this.verdicts.judgeAll(team.workspace().id(), mine.subList(0, 60 + 10 * round), readings);
		}
		// new rules: churn threats no longer critical, detractors up to 4 only, milder
		// texts bad
		assertThat(this.verdicts.changeRules(team.ownerAccess(), new VerdictRules(4, 9, 2, 5, 3, 2.0, 5.0, -0.2, -0.8,
				0.5, EnumSet.of(MomentKind.FIRST), EnumSet.noneOf(Flag.class))))
			.isPositive();

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (String attribute : List.of("store", "agent")) {
			List<Segments.Segment> found = this.segments.by(team.ownerAccess(), attribute, today.minusDays(9), today);
			List<Segments.Segment> direct = direct(team.workspace().id(), attribute, today.minusDays(9), today);
			assertThat(found).extracting(Segments.Segment::value)
				.containsExactlyElementsOf(direct.stream().map(Segments.Segment::value).toList());
			for (int i = 0; i < found.size(); i++) {
				MomentHealth health = found.get(i).health();
				MomentHealth expected = direct.get(i).health();
				assertThat(health.signals()).isEqualTo(expected.signals());
				assertThat(health.nps()).isEqualTo(expected.nps());
				assertThat(health.csat()).isEqualTo(expected.csat());
				assertThat(health.magic()).isEqualTo(expected.magic());
				assertThat(health.bad()).isEqualTo(expected.bad());
				assertThat(health.critical()).isEqualTo(expected.critical());
				assertThat(health.ces().getN()).isEqualTo(expected.ces().getN());
				assertThat(health.ces().getMean()).isEqualTo(expected.ces().getMean());
				assertThat(health.sentiment().getN()).isEqualTo(expected.sentiment().getN());
				assertThat(health.sentiment().getMean()).isCloseTo(expected.sentiment().getMean(), within(1e-6));
			}
		}
		List<Segments.Segment> stores = this.segments.by(team.ownerAccess(), "store", today.minusDays(9), today);
		assertThat(stores).extracting(Segments.Segment::value).containsExactlyInAnyOrderElementsOf(STORES);
		assertThat(stores.stream().mapToLong((segment) -> segment.health().signals()).sum())
			.as("only this workspace's signals with a store")
			.isEqualTo(mine.stream().filter((signal) -> signal.attributes().containsKey("store")).count());
		assertThat(this.segments.by(team.ownerAccess(), "store", today.minusDays(30), today.minusDays(20))).isEmpty();
	}

	private List<Signal> send(WorkspaceId workspace, int count, Random random) {
		List<NewSignal> sent = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> attributes = new HashMap<>();
			if (i % 9 != 0) {
				attributes.put("store", STORES.get(random.nextInt(STORES.size())));
			}
			attributes.put("agent", "agent-" + random.nextInt(4));
			Integer nps = random.nextInt(4) == 0 ? null : random.nextInt(11);
			Integer csat = (nps != null && random.nextInt(3) == 0) ? null : 1 + random.nextInt(5);
			Integer ces = random.nextInt(3) == 0 ? null : 1 + random.nextInt(7);
			sent.add(new NewSignal(SignalSource.SURVEY, Instant.now().minus(random.nextInt(8), ChronoUnit.DAYS), null,
					null, new Scores(nps, csat, ces, null), null, null, null, attributes, "segment-" + i, null));
		}
		List<SignalId> ids = this.signals.receiveAll(workspace, sent)
			.stream()
			.map((receipt) -> ((Receipt.Accepted) receipt).signal())
			.toList();
		ids.forEach((id) -> AutomaticVerdicts.awaitFor(this.verdicts, workspace, id));
		return this.signals.findAll(workspace, ids);
	}

	/** Health by segment straight from every signal and verdict of the period. */
	private List<Segments.Segment> direct(WorkspaceId workspace, String attribute, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select s.attributes ->> ? segment, count(*) signals,
					  count(*) filter (where v.nps >= 9) promoters, count(*) filter (where v.nps between 7 and 8) passives,
					  count(*) filter (where v.nps <= 6) detractors, count(v.csat) csat_answers,
					  count(*) filter (where v.csat >= 4) csat_top2, count(v.ces) ces_answers, coalesce(sum(v.ces), 0) ces_sum,
					  coalesce(sum(v.ces * v.ces), 0) ces_square_sum, count(v.sentiment) sentiment_n,
					  coalesce(sum(v.sentiment::float8), 0) sentiment_sum,
					  coalesce(sum(v.sentiment::float8 * v.sentiment), 0) sentiment_square_sum,
					  count(*) filter (where v.verdict = 'MAGIC') magic, count(*) filter (where v.verdict = 'BAD') bad,
					  count(*) filter (where v.verdict = 'CRITICAL') critical
					from signal s join signal_verdict v on v.signal_id = s.id
					where s.workspace_id = ? and v.day between ? and ? and jsonb_exists(s.attributes, ?)
					group by 1 order by count(*) desc, 1""")
			.params(attribute, workspace.value(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), attribute)
			.query((rs, row) -> {
				long signals = rs.getLong("signals");
				return new Segments.Segment(rs.getString("segment"), new MomentHealth(signals,
						new Nps(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors")),
						new Share(rs.getLong("csat_top2"), rs.getLong("csat_answers")),
						MomentHealth.summary(rs.getLong("ces_answers"), rs.getDouble("ces_sum"),
								rs.getDouble("ces_square_sum")),
						MomentHealth.summary(rs.getLong("sentiment_n"), rs.getDouble("sentiment_sum"),
								rs.getDouble("sentiment_square_sum")),
						new Share(rs.getLong("magic"), signals), new Share(rs.getLong("bad"), signals),
						new Share(rs.getLong("critical"), signals), List.of()));
			})
			.list();
	}

}
