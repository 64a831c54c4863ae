package org.momentos.survey.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The door of public survey pages: anonymous, no session, and so no session-bound CSRF
 * token. Forms there are protected instead by the unguessable response or invitation
 * token in their address, a same-origin check on every answer and SameSite cookies (see
 * docs/surveys.md). Pages may be embedded in other sites ({@code frame-ancestors}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RespondentSecurity {

	@Bean
	FilterRegistrationBean<RespondentThrottle> respondentThrottleOnlyInsideSecurity(RespondentThrottle throttle) {
		FilterRegistrationBean<RespondentThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(0)
	SecurityFilterChain publicSurveyPages(HttpSecurity http, RespondentThrottle throttle, SurveyProperties properties)
			throws Exception {
		String policy = "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
				+ "form-action 'self'; base-uri 'none'; frame-ancestors " + properties.frameAncestors();
		return http.securityMatcher("/s/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(throttle, AnonymousAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.frameOptions((frame) -> frame.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(policy)))
			.build();
	}

}
