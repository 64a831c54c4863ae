package org.momentos.analytics;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The default verdict rules, as a table a CX manager can read. */
class VerdictRulesTests {

	@ParameterizedTest(name = "nps={0} csat={1} ces={2} rating={3} sentiment={4} flag={5} at {6} -> {7}")
	@CsvSource(nullValues = "-", textBlock = """
			# nps, csat, ces, rating, sentiment, flag,         moment,       verdict,  reason
			10,    -,    -,   -,      0.8,       -,            SECOND,       MAGIC,    DELIGHTED
			10,    -,    -,   -,      -,         -,            SECOND,       MAGIC,    DELIGHTED
			9,     -,    -,   -,      -0.5,      -,            SECOND,       NEUTRAL,  NOTHING_REMARKABLE
			-,     5,    -,   -,      0.7,       -,            ACTUAL,       MAGIC,    DELIGHTED
			-,     -,    -,   5.0,    0.9,       -,            ULTIMATE,     MAGIC,    DELIGHTED
			-,     -,    -,   -,      0.9,       -,            SECOND,       MAGIC,    DELIGHTED
			8,     -,    -,   -,      0.2,       -,            SECOND,       NEUTRAL,  NOTHING_REMARKABLE
			-,     3,    -,   -,      -,         -,            ACTUAL,       NEUTRAL,  NOTHING_REMARKABLE
			5,     -,    -,   -,      -,         -,            SECOND,       BAD,      BAD_SCORE_OR_TEXT
			5,     -,    -,   -,      -,         -,            FIRST,        CRITICAL, BAD_AT_CRITICAL_MOMENT
			-,     2,    -,   -,      -,         -,            FAILURE,      CRITICAL, BAD_AT_CRITICAL_MOMENT
			-,     -,    2,   -,      -,         -,            RELATIONSHIP, BAD,      BAD_SCORE_OR_TEXT
			-,     -,    -,   1.0,    -,         -,            ULTIMATE,     BAD,      BAD_SCORE_OR_TEXT
			-,     -,    -,   -,      -0.5,      -,            SECOND,       BAD,      BAD_SCORE_OR_TEXT
			-,     -,    -,   -,      -0.9,      -,            SECOND,       CRITICAL, SEVERE_TEXT
			10,    -,    -,   -,      0.9,       CHURN_THREAT, SECOND,       CRITICAL, CRITICAL_FLAG
			-,     -,    -,   -,      0.1,       LEGAL_THREAT, -,            CRITICAL, CRITICAL_FLAG
			-,     -,    -,   -,      -0.1,      SAFETY,       ACTUAL,       CRITICAL, CRITICAL_FLAG
			-,     -,    -,   -,      -0.4,      -,            -,            BAD,      BAD_SCORE_OR_TEXT
			""")
	void judgesSignals(Integer nps, Integer csat, Integer ces, Double rating, Double sentiment, Flag flag,
			MomentKind moment, Verdict verdict, Reason reason) {
		SignalFacts facts = new SignalFacts(nps, csat, ces, rating, sentiment, flag == null ? Set.of() : Set.of(flag),
				moment);
		assertThat(VerdictRules.DEFAULTS.judge(facts)).isEqualTo(new VerdictRules.Judgement(verdict, reason));
	}

}
