package org.momentos.workspace.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors: the REST API, stateless, opened by workspace API keys; and the web app, with
 * a login form, a session and CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No observation (timer, trace) around each filter of the security chains, nor around
	 * authentication and authorization: that wrapping cost about a seventh of the CPU of
	 * a public survey answer (docs/surveys.md). Requests as a whole are still timed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleOnlyInsideSecurity(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, ApiProblems problems) throws Exception {
		return http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), AnonymousAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.unauthorized(request, response))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(request, response)))
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, LoginThrottle loginThrottle) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.svg",
						"/invitations/**", "/actuator/health/**", "/actuator/health", "/api/docs/**", "/api/docs",
						"/api/swagger-ui/**", "/error", "/hooks/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			// Inbound webhooks prove themselves with their own secret, never with a
			// session.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/hooks/**"))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}

}
