package org.momentos.workspace.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most 10 login attempts a minute from one address and
 * for one account. Buckets live in a bounded cache, so a flood of addresses cannot
 * exhaust memory.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

	private static final int ATTEMPTS_PER_MINUTE = 10;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = String.valueOf(request.getParameter("username")).toLowerCase(Locale.ROOT);
		boolean allowed = bucket("ip:" + request.getRemoteAddr()).tryConsume(1)
				& bucket("account:" + email).tryConsume(1);
		if (!allowed) {
			response.setHeader("Retry-After", "60");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key,
				(ignored) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(ATTEMPTS_PER_MINUTE)
						.refillGreedy(ATTEMPTS_PER_MINUTE, Duration.ofMinutes(1))
						.build())
					.build());
	}

}
