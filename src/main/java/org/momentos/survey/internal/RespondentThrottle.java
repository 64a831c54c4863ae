package org.momentos.survey.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Guards the public survey pages: requests per minute per IP address and per survey (a
 * friendly page with HTTP 429 beyond), answers larger than the configured size (413), and
 * answers posted from another site (403).
 */
@Component
class RespondentThrottle extends OncePerRequestFilter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final SurveyProperties properties;

	private final MessageSource messages;

	RespondentThrottle(SurveyProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String survey = surveyOf(request.getRequestURI());
		boolean allowed = bucket("ip:" + request.getRemoteAddr(), this.properties.requestsPerMinutePerAddress())
			.tryConsume(1) & bucket("survey:" + survey, this.properties.requestsPerMinutePerSurvey()).tryConsume(1);
		if (!allowed) {
			response.setHeader("Retry-After", "60");
			refuse(request, response, 429, "survey.public.tooMany");
			return;
		}
		if ("POST".equals(request.getMethod())) {
			if (request.getContentLengthLong() > this.properties.maxRequestBytes()) {
				refuse(request, response, 413, "survey.public.tooLarge");
				return;
			}
			if (!sameOrigin(request)) {
				refuse(request, response, 403, "survey.public.otherSite");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		String language = RespondentLanguage.of(request, null);
		Locale locale = Locale.forLanguageTag(language);
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("survey.public.refusedTitle", null, locale),
				"UTF-8");
		String text = HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale), "UTF-8");
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		byte[] page = ("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
				+ "</title><link rel=\"stylesheet\" href=\"/css/survey.css\"></head><body><main class=\"survey\">"
				+ "<h1>" + title + "</h1><p role=\"alert\">" + text + "</p></main></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		response.getOutputStream().write(page);
	}

	private Bucket bucket(String key, int perMinute) {
		return this.buckets.get(key + "/" + perMinute, (ignored) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
	}

	static String surveyOf(String uri) {
		List<String> parts = List.of(uri.split("/"));
		return parts.size() > 2 ? parts.get(2) : "";
	}

	static boolean sameOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null || origin.isBlank()) {
			return true;
		}
		try {
			URI uri = URI.create(origin);
			int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
			return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
