package org.momentos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client of the Momentos API for tests. */
public final class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String apiKey;

	private String language = "en";

	public ApiClient(int port, String apiKey) {
		this.baseUrl = "http://localhost:" + port;
		this.apiKey = apiKey;
	}

	public ApiClient inLanguage(String language) {
		ApiClient client = new ApiClient(Integer.parseInt(this.baseUrl.substring(this.baseUrl.lastIndexOf(':') + 1)),
				this.apiKey);
		client.language = language;
		return client;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).POST(bodyOf(body)).header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder);
	}

	public Response post(String path, Object body) {
		return post(path, body, Map.of());
	}

	public Response put(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).PUT(bodyOf(body)).header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder);
	}

	private static HttpRequest.BodyPublisher bodyOf(Object body) {
		return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept-Language", this.language);
		if (this.apiKey != null) {
			builder.header("Authorization", "Bearer " + this.apiKey);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("ETag").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What the server answered. */
	public record Response(int status, String contentType, String etag, byte[] body) {

		public JsonNode json() {
			return json.readTree(this.body);
		}

		public String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
