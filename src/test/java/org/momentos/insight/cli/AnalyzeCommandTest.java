package org.momentos.insight.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentos.Momentos;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line contract of {@code momentos analyze}: formats, order, ids, streaming.
 */
class AnalyzeCommandTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = new CommandLine(new Momentos()).setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setErr(new PrintWriter(this.err));
		return commandLine.execute(args);
	}

	private List<JsonNode> read(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(json::readTree).toList();
	}

	@Test
	void jsonLinesInJsonLinesOutSameOrderAndIds() throws IOException {
		Path in = this.dir.resolve("in.jsonl");
		Files.writeString(in, """
				{"id": "a1", "text": "La comida bien pero el servicio pésimo", "stars": 2}
				{"id": 2, "text": "great support 👍"}

				{"text": "no funciona", "id": "c\\"3"}
				""");
		Path out = this.dir.resolve("out.jsonl");

		assertThat(run("analyze", "--in", in.toString(), "--out", out.toString())).isZero();

		List<JsonNode> lines = read(out);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).get("id").asString()).isEqualTo("a1");
		assertThat(lines.get(1).get("id").asInt()).isEqualTo(2);
		assertThat(lines.get(2).get("id").asString()).isEqualTo("c\"3");
		JsonNode first = lines.get(0);
		assertThat(first.get("language").asString()).isEqualTo("es");
		assertThat(first.get("sentiment").get("label").asString()).isEqualTo("negative");
		assertThat(first.get("sentiment").get("score").asDouble()).isBetween(-1.0, 0.0);
		assertThat(first.get("aspects").get(1).get("text").asString()).isEqualTo("servicio");
		assertThat(first.get("aspects").get(1).get("theme").asString()).isEqualTo("staff_attitude");
		assertThat(first.get("aspects").get(1).get("label").asString()).isEqualTo("negative");
		assertThat(first.get("themes").isArray()).isTrue();
		assertThat(first.has("moment")).isTrue();
		assertThat(first.get("effort").asString()).isIn("unknown", "low", "medium", "high");
		assertThat(first.get("flags").isArray()).isTrue();
		assertThat(lines.get(1).get("language").asString()).isEqualTo("en");
		assertThat(this.err.toString()).contains("texts/s");
	}

	@Test
	void csvWithHeaderAndCustomFields() throws IOException {
		Path in = this.dir.resolve("in.csv");
		Files.writeString(in, """
				ticket,comment,channel
				T-1,"Me cobraron dos veces, nadie contesta",phone
				T-2,"Todo perfecto,
				gracias",web
				""");
		Path out = this.dir.resolve("out.jsonl");

		assertThat(run("analyze", "--in", in.toString(), "--format", "csv", "--id-field", "ticket", "--text-field",
				"comment", "--lang", "es", "--out", out.toString()))
			.isZero();

		List<JsonNode> lines = read(out);
		assertThat(lines).extracting((line) -> line.get("id").asString()).containsExactly("T-1", "T-2");
		assertThat(lines).extracting((line) -> line.get("sentiment").get("label").asString())
			.containsExactly("negative", "positive");
	}

	@Test
	void anUnreadableLineKeepsItsPlaceInTheOutput() throws IOException {
		Path in = this.dir.resolve("in.jsonl");
		Files.writeString(in, "{\"id\":\"1\",\"text\":\"ok\"}\n{not json\n{\"id\":\"3\",\"text\":\"bien\"}\n");
		Path out = this.dir.resolve("out.jsonl");

		assertThat(run("analyze", "--in", in.toString(), "--out", out.toString())).isZero();

		List<JsonNode> lines = read(out);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1).get("error").asString()).contains("line 2");
		assertThat(lines.get(2).get("id").asString()).isEqualTo("3");
	}

	@Test
	void streamsALargeFileInOrder() throws IOException {
		Path in = this.dir.resolve("large.jsonl");
		int count = 50_000;
		try (BufferedWriter writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				writer.write("{\"id\":\"" + i + "\",\"text\":\"" + ((i % 2 == 0) ? "Excelente atención, volveremos"
						: "The delivery was late and nobody answered") + "\"}\n");
			}
		}
		Path out = this.dir.resolve("large.out.jsonl");

		assertThat(run("analyze", "--in", in.toString(), "--out", out.toString())).isZero();

		try (var lines = Files.lines(out)) {
			long[] expected = { 0 };
			lines.forEach((line) -> {
				assertThat(line).startsWith("{\"id\":\"" + expected[0] + "\"");
				expected[0]++;
			});
			assertThat(expected[0]).isEqualTo(count);
		}
	}

	@Test
	void rejectsAnUnknownLanguage() {
		assertThat(run("analyze", "--in", "x.jsonl", "--out", "y.jsonl", "--lang", "fr")).isNotZero();
	}

}
