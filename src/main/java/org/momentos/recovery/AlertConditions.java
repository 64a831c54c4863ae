package org.momentos.recovery;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.momentos.analytics.SignalJudged;
import org.momentos.analytics.Verdict;
import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;
import org.momentos.signal.Signal;

/**
 * What a judged signal must be for an alert rule to fire. Every part that is set must
 * hold (and); inside a set, any member is enough (or). An empty part means "any".
 *
 * @param verdicts any of these verdicts
 * @param npsAtMost an NPS of at most this (a detractor: 6)
 * @param csatAtMost a CSAT of at most this
 * @param sentimentAtMost a text sentiment of at most this (-1 to 1)
 * @param themes any of these theme ids (e.g. {@code billing_charges})
 * @param flags any of these urgent flags (churn, legal, safety)
 * @param touchpoints any of these touchpoint keys
 * @param moments any of these moment kinds
 * @param attributes every one of these signal attributes, with exactly this value
 * @param contactConsent only customers who agreed to be contacted (attribute
 * {@code contact_consent} = {@code true})
 * @param minCustomerValue only customers whose attribute {@code customer_value} is at
 * least this
 */
public record AlertConditions(Set<Verdict> verdicts, Integer npsAtMost, Integer csatAtMost, Double sentimentAtMost,
		Set<String> themes, Set<Flag> flags, Set<UUID> touchpoints, Set<MomentKind> moments,
		Map<String, String> attributes, boolean contactConsent, BigDecimal minCustomerValue) {

	public static final String CONSENT_ATTRIBUTE = "contact_consent";

	public static final String CUSTOMER_VALUE_ATTRIBUTE = "customer_value";

	public AlertConditions {
		verdicts = verdicts == null ? Set.of() : Set.copyOf(verdicts);
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		flags = flags == null ? Set.of() : Set.copyOf(flags);
		touchpoints = touchpoints == null ? Set.of() : Set.copyOf(touchpoints);
		moments = moments == null ? Set.of() : Set.copyOf(moments);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	/** Conditions that match every signal. */
	public static AlertConditions any() {
		return new AlertConditions(null, null, null, null, null, null, null, null, null, false, null);
	}

	public AlertConditions withVerdicts(Set<Verdict> verdicts) {
		return new AlertConditions(verdicts, this.npsAtMost, this.csatAtMost, this.sentimentAtMost, this.themes,
				this.flags, this.touchpoints, this.moments, this.attributes, this.contactConsent,
				this.minCustomerValue);
	}

	public AlertConditions withNpsAtMost(Integer nps) {
		return new AlertConditions(this.verdicts, nps, this.csatAtMost, this.sentimentAtMost, this.themes, this.flags,
				this.touchpoints, this.moments, this.attributes, this.contactConsent, this.minCustomerValue);
	}

	public AlertConditions withThemes(Set<String> themes) {
		return new AlertConditions(this.verdicts, this.npsAtMost, this.csatAtMost, this.sentimentAtMost, themes,
				this.flags, this.touchpoints, this.moments, this.attributes, this.contactConsent,
				this.minCustomerValue);
	}

	public AlertConditions withContactConsent(boolean required) {
		return new AlertConditions(this.verdicts, this.npsAtMost, this.csatAtMost, this.sentimentAtMost, this.themes,
				this.flags, this.touchpoints, this.moments, this.attributes, required, this.minCustomerValue);
	}

	/** Whether the judged signal (and its stored attributes) meets every condition. */
	public boolean matches(SignalJudged judged, Signal signal) {
		var facts = judged.facts();
		Map<String, String> signalAttributes = signal == null ? Map.of() : signal.attributes();
		return (this.verdicts.isEmpty() || this.verdicts.contains(judged.verdict()))
				&& atMost(facts.nps(), this.npsAtMost) && atMost(facts.csat(), this.csatAtMost)
				&& (this.sentimentAtMost == null
						|| (facts.sentiment() != null && facts.sentiment() <= this.sentimentAtMost))
				&& (this.themes.isEmpty() || judged.themes().stream().anyMatch(this.themes::contains))
				&& (this.flags.isEmpty() || facts.flags().stream().anyMatch(this.flags::contains))
				&& (this.touchpoints.isEmpty() || this.touchpoints.contains(judged.touchpointKey()))
				&& (this.moments.isEmpty() || this.moments.contains(facts.moment()))
				&& this.attributes.entrySet()
					.stream()
					.allMatch((wanted) -> Objects.equals(signalAttributes.get(wanted.getKey()), wanted.getValue()))
				&& (!this.contactConsent || "true".equalsIgnoreCase(signalAttributes.get(CONSENT_ATTRIBUTE)))
				&& (this.minCustomerValue == null || valueAtLeast(signalAttributes.get(CUSTOMER_VALUE_ATTRIBUTE)));
	}

	private static boolean atMost(Integer value, Integer limit) {
		return limit == null || (value != null && value <= limit);
	}

	private boolean valueAtLeast(String value) {
		try {
			return value != null && new BigDecimal(value.strip()).compareTo(this.minCustomerValue) >= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
