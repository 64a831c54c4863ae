package org.momentos.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.analytics.TextReading.ThemeMention;
import org.momentos.insight.SentimentLabel;
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

/**
 * A batch of signals is judged in one go, and judging it again (an event delivered twice
 * after a crash, a re-analysis) never counts a signal twice in the roll-ups.
 */
@MomentosTest
@Import(Fixtures.class)
class BatchJudgingTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	Verdicts verdicts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchJudgedTwiceCountsEachSignalOnce() {
		WorkspaceId workspace = this.fixtures.aWorkspace("Batch judging").workspace().id();
		List<NewSignal> sent = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			sent.add(new NewSignal(SignalSource.SURVEY, Instant.now(), null, null, new Scores(i % 11, null, null, null),
					null, null, null, null, "batch-" + i, null));
		}
		List<SignalId> ids = this.signals.receiveAll(workspace, sent)
			.stream()
			.map((receipt) -> ((Receipt.Accepted) receipt).signal())
			.toList();
		ids.forEach((id) -> AutomaticVerdicts.awaitFor(this.verdicts, workspace, id));
		long promoters = sent.stream().filter((signal) -> signal.scores().nps() >= 9).count();
		long detractors = sent.stream().filter((signal) -> signal.scores().nps() <= 6).count();
		assertThat(health(workspace)).containsExactly(30L, promoters, detractors, 0L);

		List<Signal> stored = this.signals.findAll(workspace, ids);
		Map<SignalId, TextReading> readings = stored.stream()
			.collect(Collectors.toMap(Signal::id, (signal) -> new TextReading(-0.5, Set.of(), null,
					List.of(new ThemeMention("waiting_time", SentimentLabel.NEGATIVE)))));
		this.verdicts.judgeAll(workspace, stored, readings);
		this.verdicts.judgeAll(workspace, stored, readings);

		assertThat(health(workspace)).containsExactly(30L, promoters, detractors, 30L);
		assertThat(this.verdicts.countJudged(workspace)).isEqualTo(30);
		assertThat(this.jdbc.sql(
				"select coalesce(sum(mentions), 0), coalesce(sum(negative), 0) from theme_daily where workspace_id = ?")
			.param(workspace.value())
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(30L, 30L);

		this.verdicts.judgeAll(workspace, stored, Map.of());
		assertThat(health(workspace)).containsExactly(30L, promoters, detractors, 0L);
		assertThat(this.jdbc.sql("select coalesce(sum(mentions), 0) from theme_daily where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void signalsOfAnotherWorkspaceAreNotJudgedInThisOne() {
		WorkspaceId mine = this.fixtures.aWorkspace("Batch mine").workspace().id();
		WorkspaceId theirs = this.fixtures.aWorkspace("Batch theirs").workspace().id();
		SignalId id = ((Receipt.Accepted) this.signals.receive(theirs, new NewSignal(SignalSource.SURVEY, null, null,
				null, new Scores(3, null, null, null), null, null, null, null, null, null)))
			.signal();
		AutomaticVerdicts.awaitFor(this.verdicts, theirs, id);

		assertThat(this.signals.findAll(mine, List.of(id))).isEmpty();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.verdicts.judgeAll(mine, this.signals.findAll(theirs, List.of(id)), Map.of()));
	}

	/**
	 * Signals, promoters, detractors and sentiment answers in the workspace's roll-ups.
	 */
	private List<Long> health(WorkspaceId workspace) {
		return this.jdbc.sql("""
				select coalesce(sum(signals), 0), coalesce(sum(promoters), 0), coalesce(sum(detractors), 0),
				  coalesce(sum(sentiment_n), 0) from moment_health_daily where workspace_id = ?""")
			.param(workspace.value())
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

}
