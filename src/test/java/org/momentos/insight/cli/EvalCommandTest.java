package org.momentos.insight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentos.Momentos;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {

	@TempDir
	Path dir;

	@Test
	void printsAccuracyMacroF1AndTheConfusionMatrix() throws IOException {
		Path in = this.dir.resolve("labelled.jsonl");
		Files.writeString(in, """
				{"id":"1","text":"Excelente servicio","label":"positive"}
				{"id":"2","text":"Pésima atención","label":"negative"}
				{"id":"3","text":"El pedido llegó el martes","label":"neutral"}
				{"id":"4","text":"food great, service slow","aspect":"service","label":"negative"}
				""");
		StringWriter out = new StringWriter();
		CommandLine commandLine = new CommandLine(new Momentos()).setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(new StringWriter()));

		assertThat(commandLine.execute("eval", "--in", in.toString())).isZero();

		assertThat(out.toString()).contains("accuracy   1.000")
			.contains("macro-F1   1.000")
			.contains("confusion (rows: true label, columns: predicted)")
			.containsPattern("negative\\s+2\\s+0\\s+0");
	}

}
