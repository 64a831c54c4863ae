package org.momentos.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentos.analytics.SignalFacts;
import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.Verdict;
import org.momentos.analytics.VerdictRules.Reason;
import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;
import org.momentos.signal.Scores;
import org.momentos.signal.Signal;
import org.momentos.signal.SignalId;
import org.momentos.signal.SignalSource;
import org.momentos.workspace.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;

/** Alert conditions against judged signals, as a table. */
class AlertConditionsTests {

	static final UUID DELIVERY = UUID.fromString("00000000-0000-0000-0000-00000000d311");

	/** A detractor (NPS 3) at delivery, sentiment -0.6, billing theme, churn flag. */
	static SignalJudged judged(Verdict verdict) {
		return new SignalJudged(new WorkspaceId(1), new SignalId(1), verdict, Reason.BAD_SCORE_OR_TEXT,
				new SignalFacts(3, 2, null, null, -0.6, Set.of(Flag.CHURN_THREAT), MomentKind.ACTUAL),
				List.of("billing_charges"), DELIVERY);
	}

	static Signal signal(Map<String, String> attributes) {
		return new Signal(new SignalId(1), new WorkspaceId(1), SignalSource.SURVEY, Instant.now(), Instant.now(), "c",
				DELIVERY, 1, new Scores(3, 2, null, null), null, "me doy de baja", "es", attributes, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			any signal                          | true
			critical only                       | false
			bad or critical                     | true
			detractor (NPS at most 6)           | true
			NPS at most 2                       | false
			CSAT at most 2                      | true
			sentiment at most -0.5              | true
			sentiment at most -0.8              | false
			theme billing_charges               | true
			theme waiting_time                  | false
			flag churn or legal                 | true
			flag safety                         | false
			delivery touchpoint                 | true
			another touchpoint                  | false
			actual or failure moment            | true
			first moment                        | false
			segment vip                         | true
			segment basic                       | false
			consent required                    | true
			customer value at least 100         | true
			customer value at least 1000        | false
			""")
	void conditionsHoldOnlyWhenEveryPartHolds(String condition, boolean matches) {
		AlertConditions conditions = switch (condition.strip()) {
			case "any signal" -> AlertConditions.any();
			case "critical only" -> AlertConditions.any().withVerdicts(Set.of(Verdict.CRITICAL));
			case "bad or critical" -> AlertConditions.any().withVerdicts(Set.of(Verdict.BAD, Verdict.CRITICAL));
			case "detractor (NPS at most 6)" -> AlertConditions.any().withNpsAtMost(6);
			case "NPS at most 2" -> AlertConditions.any().withNpsAtMost(2);
			case "CSAT at most 2" -> with(null, 2, null, null, null, null, null, null, null);
			case "sentiment at most -0.5" -> with(null, null, -0.5, null, null, null, null, null, null);
			case "sentiment at most -0.8" -> with(null, null, -0.8, null, null, null, null, null, null);
			case "theme billing_charges" -> AlertConditions.any().withThemes(Set.of("billing_charges"));
			case "theme waiting_time" -> AlertConditions.any().withThemes(Set.of("waiting_time"));
			case "flag churn or legal" ->
				with(null, null, null, Set.of(Flag.CHURN_THREAT, Flag.LEGAL_THREAT), null, null, null, null, null);
			case "flag safety" -> with(null, null, null, Set.of(Flag.SAFETY), null, null, null, null, null);
			case "delivery touchpoint" -> with(null, null, null, null, Set.of(DELIVERY), null, null, null, null);
			case "another touchpoint" ->
				with(null, null, null, null, Set.of(UUID.randomUUID()), null, null, null, null);
			case "actual or failure moment" ->
				with(null, null, null, null, null, Set.of(MomentKind.ACTUAL, MomentKind.FAILURE), null, null, null);
			case "first moment" -> with(null, null, null, null, null, Set.of(MomentKind.FIRST), null, null, null);
			case "segment vip" -> with(null, null, null, null, null, null, Map.of("segment", "vip"), null, null);
			case "segment basic" -> with(null, null, null, null, null, null, Map.of("segment", "basic"), null, null);
			case "consent required" -> AlertConditions.any().withContactConsent(true);
			case "customer value at least 100" ->
				with(null, null, null, null, null, null, null, null, new BigDecimal("100"));
			case "customer value at least 1000" ->
				with(null, null, null, null, null, null, null, null, new BigDecimal("1000"));
			default -> throw new IllegalArgumentException(condition);
		};
		Signal signal = signal(Map.of("segment", "vip", "contact_consent", "true", "customer_value", "250.5"));
		assertThat(conditions.matches(judged(Verdict.BAD), signal)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "consent attribute {0}: {1}")
	@CsvSource(textBlock = """
			true,  true
			TRUE,  true
			false, false
			'',    false
			""")
	void consentMeansTheAttributeSaysTrue(String consent, boolean matches) {
		assertThat(AlertConditions.any()
			.withContactConsent(true)
			.matches(judged(Verdict.BAD), signal(Map.of("contact_consent", consent)))).isEqualTo(matches);
	}

	private static AlertConditions with(Integer nps, Integer csat, Double sentiment, Set<Flag> flags,
			Set<UUID> touchpoints, Set<MomentKind> moments, Map<String, String> attributes, Boolean consent,
			BigDecimal value) {
		return new AlertConditions(null, nps, csat, sentiment, null, flags, touchpoints, moments, attributes,
				consent != null && consent, value);
	}

}
