package org.momentos.recovery.internal;

import org.momentos.recovery.OpenCases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Tells the survey module's contact rules which customers have a case being worked, so no
 * satisfaction survey reaches them meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class SurveyContactRules {

	@Bean
	@Primary
	org.momentos.survey.OpenCases openCasesForSurveys(OpenCases cases) {
		return cases::hasOpenCase;
	}

}
