package org.momentos.survey;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A respondent's browser without JavaScript, reduced to HTTP: plain GETs and form posts,
 * cookies kept, redirects not followed, so tests see every step.
 */
public final class Respondent {

	private final HttpClient http;

	private final String base;

	private final String language;

	/**
	 * A respondent talking to {@code host}; a loopback address other than 127.0.0.1 is
	 * also the address it talks from, so the server sees another client (its own rate
	 * limit budget, for instance).
	 */
	public Respondent(String host, int port, String language) {
		this.base = "http://" + host + ":" + port;
		this.language = language;
		HttpClient.Builder http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new java.net.CookieManager());
		if (host.startsWith("127.") && !"127.0.0.1".equals(host)) {
			try {
				http.localAddress(InetAddress.getByName(host));
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(host, ex);
			}
		}
		this.http = http.build();
	}

	public Answer get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts a form; each entry may carry several values (checkboxes). */
	public Answer post(String path, Map<String, List<String>> form) {
		return postFrom(null, path, form);
	}

	/** Posts a form as a page of {@code origin} would (null: no Origin header). */
	public Answer postFrom(String origin, String path, Map<String, List<String>> form) {
		String body = form.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return send(request);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.header("Accept-Language", this.language).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body(), response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** What the server answered. */
	public record Answer(int status, String location, String body, String retryAfter) {

		/** The path of the redirect target. */
		public String next() {
			return this.location == null ? null
					: URI.create(this.location).getRawPath() + (URI.create(this.location).getRawQuery() == null ? ""
							: "?" + URI.create(this.location).getRawQuery());
		}

	}

}
