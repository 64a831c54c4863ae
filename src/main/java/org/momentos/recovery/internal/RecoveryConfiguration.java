package org.momentos.recovery.internal;

import java.time.Clock;

import org.momentos.recovery.FollowUpSurveys;
import org.momentos.recovery.FollowUpThreshold;
import org.momentos.recovery.SlaPolicy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA policy, the follow-up threshold, the clock the SLA timers read. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecoveryProperties.class)
class RecoveryConfiguration {

	/** The clock of SLA timers; tests replace it with one they can move. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SlaPolicy slaPolicy(RecoveryProperties properties) {
		return properties.slaPolicy();
	}

	@Bean
	FollowUpThreshold followUpThreshold(RecoveryProperties properties) {
		return properties.followUp().threshold();
	}

	/** Records follow-ups as "to be sent" until the survey module provides its own. */
	@Bean
	FollowUpSurveys recordedFollowUps(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		return new RecordedFollowUps(jdbc);
	}

}
