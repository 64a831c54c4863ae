package org.momentos.signal.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.momentos.platform.Problem;
import org.momentos.signal.Signals;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * The body of {@code POST /api/v1/signals}: one JSON object, a JSON array, or JSON Lines
 * (one object per line), read with a size limit. A JSON Lines line that is not JSON
 * becomes an item of its own, reported as rejected, so the other lines still count.
 *
 * @param items the documents, in order ({@code null} for an unreadable JSON Lines line)
 * @param batch whether the caller sent an array or lines (answered item by item)
 */
record SignalRequestBody(List<JsonNode> items, boolean batch) {

	private static final JsonMapper json = JsonMapper.builder().build();

	static SignalRequestBody read(InputStream body, String contentType, long maxBytes) throws IOException {
		PushbackInputStream in = new PushbackInputStream(new Limited(body, maxBytes), 1);
		int first = firstNonBlank(in);
		boolean lines = contentType != null && (contentType.contains("ndjson") || contentType.contains("jsonl")
				|| contentType.contains("json-seq"));
		if (first == -1) {
			throw Problem.invalid("signal.body.empty");
		}
		in.unread(first);
		if (lines) {
			return new SignalRequestBody(lines(in), true);
		}
		JsonNode node;
		try {
			node = json.readTree(in);
		}
		catch (JacksonException ex) {
			throw Problem.withStatus(HttpStatus.BAD_REQUEST, "signal.body.unreadable",
					ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage());
		}
		if (node.isArray()) {
			List<JsonNode> items = new ArrayList<>(node.size());
			node.forEach(items::add);
			requireBatchSize(items.size());
			return new SignalRequestBody(items, true);
		}
		return new SignalRequestBody(List.of(node), false);
	}

	private static List<JsonNode> lines(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<JsonNode> items = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.isBlank()) {
				continue;
			}
			try {
				items.add(json.readTree(line));
			}
			catch (JacksonException ex) {
				items.add(null);
			}
			requireBatchSize(items.size());
		}
		return items;
	}

	private static void requireBatchSize(int size) {
		if (size > Signals.MAX_BATCH) {
			throw Problem.withStatus(HttpStatus.CONTENT_TOO_LARGE, "signal.batch.tooLarge", Signals.MAX_BATCH);
		}
	}

	private static int firstNonBlank(InputStream in) throws IOException {
		int c = in.read();
		if (c == 0xEF) {
			in.skip(2);
			c = in.read();
		}
		while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
			c = in.read();
		}
		return c;
	}

	/** Refuses to read past the limit: a payload too large for the API. */
	private static final class Limited extends FilterInputStream {

		private long left;

		Limited(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			count(c == -1 ? 0 : 1);
			return c;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.left -= n;
			if (this.left < 0) {
				throw Problem.withStatus(HttpStatus.CONTENT_TOO_LARGE, "signal.body.tooLarge");
			}
		}

	}

}
