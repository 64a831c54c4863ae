package org.momentos.signal;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.signal.internal.ImportMapping;
import org.momentos.signal.internal.ImportMapping.DateOrder;
import org.momentos.signal.internal.SignalImports;
import org.momentos.signal.internal.SignalImports.Check;
import org.momentos.signal.internal.SignalImports.Inspection;
import org.momentos.signal.internal.SignalImports.Outcome;
import org.momentos.signal.internal.SignalImports.Policy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File imports: Spanish call-centre exports in every encoding, ambiguous dates, a broken
 * row, XLSX, JSON Lines, and the same file twice.
 */
@MomentosTest
@Import(Fixtures.class)
class SignalImportTests {

	private static final String CALL_CENTRE = """
			Fecha;Cliente;Motivo;Comentario;NPS;Agente
			31/03/2026 09:15;ana@example.test;Facturación;"Me cobraron dos veces;
			y nadie me llamó";3;Lucía
			01/04/2026;luis@example.test;Envío;Llegó tarde, pero el repartidor fue amable;7;Íñigo
			""";

	@Autowired
	SignalImports imports;

	@Autowired
	Signals signals;

	@Autowired
	Fixtures fixtures;

	@TempDir
	Path directory;

	Team team;

	@BeforeEach
	void aWorkspace() {
		this.team = this.fixtures.aWorkspace("Imports");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "UTF-8", "UTF-8 BOM", "windows-1252", "ISO-8859-1" })
	void aSpanishCallCentreExportArrivesIntactInEveryEncoding(String encoding) throws Exception {
		Path file = this.directory.resolve("llamadas.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			if (encoding.equals("UTF-8 BOM")) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			// The euro sign exists in Windows-1252 only: it tells the two single-byte
			// encodings apart.
			String text = encoding.equals("windows-1252") ? CALL_CENTRE.replace("amable", "amable (5 €)") : CALL_CENTRE;
			out.write(text.getBytes(Charset.forName(encoding.replace(" BOM", ""))));
		}
		Inspection inspection = this.imports.inspect(file, "llamadas.csv", SignalSource.CALL);
		assertThat(inspection.shape().delimiter()).isEqualTo(';');
		assertThat(inspection.columns()).containsExactly("Fecha", "Cliente", "Motivo", "Comentario", "NPS", "Agente");
		assertThat(inspection.suggested().columns()).containsEntry("occurredAt", "Fecha")
			.containsEntry("customerReference", "Cliente")
			.containsEntry("title", "Motivo")
			.containsEntry("text", "Comentario")
			.containsEntry("nps", "NPS");

		Outcome outcome = importFile(file, inspection.suggested(), Policy.VALID_ROWS);
		assertThat(outcome.accepted()).isEqualTo(2);
		Signal first = latest("ana@example.test");
		assertThat(first.title()).isEqualTo("Facturación");
		assertThat(first.text()).isEqualTo("Me cobraron dos veces;\ny nadie me llamó");
		assertThat(first.attributes()).containsEntry("Agente", "Lucía");
		assertThat(first.occurredAt()).isEqualTo(LocalDateTime.of(2026, 3, 31, 9, 15).toInstant(ZoneOffset.UTC));
		assertThat(first.scores().nps()).isEqualTo(3);
		if (encoding.equals("windows-1252")) {
			assertThat(latest("luis@example.test").text()).endsWith("(5 €)");
		}
	}

	@Test
	void ambiguousDatesAreAskedForAndThenReadAsChosen() throws Exception {
		Path file = write("fechas.csv", """
				date,comment
				03/04/2026,first
				05/06/2026,second
				""");
		ImportMapping mapping = this.imports.inspect(file, "fechas.csv", SignalSource.REVIEW).suggested();
		Check check = this.imports.check(file, shapeOf(file), mapping, (rows) -> {
		});
		assertThat(check.dateOrderNeeded()).isTrue();
		assertThat(importFile(file, mapping, Policy.VALID_ROWS).imported()).isFalse();

		Outcome monthFirst = importFile(file, mapping.withDateOrder(DateOrder.MONTH_FIRST), Policy.VALID_ROWS);
		assertThat(monthFirst.accepted()).isEqualTo(2);
		assertThat(this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals())
			.extracting(Signal::occurredAt)
			.contains(Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-05-06T00:00:00Z"));
	}

	@Test
	void aDayOverTwelveSettlesTheOrderForTheWholeFile() throws Exception {
		Path file = write("fechas.csv", "date,comment\n03/04/2026,a\n25/04/2026,b\n");
		ImportMapping mapping = this.imports.inspect(file, "fechas.csv", SignalSource.REVIEW).suggested();
		Check check = this.imports.check(file, shapeOf(file), mapping, (rows) -> {
		});
		assertThat(check.dateOrderNeeded()).isFalse();
		assertThat(check.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
		assertThat(check.problemCount()).isZero();
	}

	@Test
	void aBrokenRowIsReportedWithItsLineAndTheChoiceIsTheUsers() throws Exception {
		Path file = write("tickets.csv", """
				id,fecha,texto,nps
				T-1,2026-03-01,Bien,9
				T-2,2026-03-02,"Dos líneas
				en una celda",8
				T-3,2026-03-03,Fatal,15
				T-4,no es fecha,Regular,5
				T-5,2026-03-05,Perfecto,10
				""");
		ImportMapping mapping = this.imports.inspect(file, "tickets.csv", SignalSource.TICKET).suggested();
		Check check = this.imports.check(file, shapeOf(file), mapping, (rows) -> {
		});
		assertThat(check.rows()).isEqualTo(5);
		assertThat(check.problems())
			.extracting((problem) -> problem.line() + " " + problem.field() + " " + problem.reason())
			.containsExactly("5 scores.nps signal.nps.range", "6 occurredAt import.date.invalid");

		Outcome nothing = importFile(file, mapping, Policy.ALL_OR_NOTHING);
		assertThat(nothing.imported()).isFalse();
		assertThat(this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals()).isEmpty();

		Path rejected = this.directory.resolve("rejected.csv");
		Outcome valid = this.imports.run(this.team.workspace().id(), file, shapeOf(file), mapping, Policy.VALID_ROWS,
				rejected, Locale.forLanguageTag("es"), (rows) -> {
				});
		assertThat(valid.accepted()).isEqualTo(3);
		assertThat(valid.rejected()).isEqualTo(2);
		assertThat(Files.readString(rejected)).contains("5,scores.nps,", "T-3", "6,occurredAt,", "no es fecha");
	}

	@Test
	void importingTheSameFileTwiceStoresEachRowOnce() throws Exception {
		Path file = write("sin-ids.csv", "comentario;valoración\nMuy bien;4,5\nMal;1\n");
		ImportMapping mapping = this.imports.inspect(file, "sin-ids.csv", SignalSource.REVIEW).suggested();
		assertThat(importFile(file, mapping, Policy.VALID_ROWS).accepted()).isEqualTo(2);
		Outcome again = importFile(file, mapping, Policy.VALID_ROWS);
		assertThat(again.accepted()).isZero();
		assertThat(again.duplicates()).isEqualTo(2);
		assertThat(this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 10).signals())
			.extracting((signal) -> signal.scores().rating())
			.containsExactlyInAnyOrder(4.5, 1.0);
	}

	@Test
	void anExcelWorkbookWithExcelDates() throws Exception {
		Path file = this.directory.resolve("resenas.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Momentos", "1.0");
			Worksheet sheet = workbook.newWorksheet("Reseñas");
			List<String> headers = List.of("Fecha", "Reseña", "Estrellas", "Tienda");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			sheet.value(1, 0, LocalDateTime.of(2026, 2, 14, 18, 30));
			sheet.value(1, 1, "Atención excelente en la tienda");
			sheet.value(1, 2, 4.5);
			sheet.value(1, 3, "Bilbao");
			workbook.finish();
		}
		Inspection inspection = this.imports.inspect(file, "resenas.xlsx", SignalSource.REVIEW);
		assertThat(inspection.columns()).containsExactly("Fecha", "Reseña", "Estrellas", "Tienda");
		assertThat(importFile(file, inspection.suggested(), Policy.ALL_OR_NOTHING).accepted()).isEqualTo(1);
		Signal review = this.signals.list(this.team.workspace().id(), SignalFilter.ALL, null, 1).signals().get(0);
		assertThat(review.text()).isEqualTo("Atención excelente en la tienda");
		assertThat(review.scores().rating()).isEqualTo(4.5);
		assertThat(review.occurredAt()).isEqualTo(Instant.parse("2026-02-14T18:30:00Z"));
		assertThat(review.attributes()).isEqualTo(Map.of("Tienda", "Bilbao"));
	}

	@Test
	void jsonLinesWithTheApiFieldNames() throws Exception {
		Path file = write("export.jsonl", """
				{"externalId":"J-1","occurredAt":"2026-03-01T10:00:00Z","text":"Todo correcto","scores":{"csat":5}}
				{"externalId":"J-2","occurredAt":"2026-03-02T10:00:00Z","text":"No funciona","scores":{"csat":1}}
				""");
		Inspection inspection = this.imports.inspect(file, "export.jsonl", SignalSource.SURVEY);
		assertThat(inspection.columns()).contains("externalId", "scores.csat");
		ImportMapping mapping = new ImportMapping(SignalSource.SURVEY,
				Map.of("externalId", "externalId", "occurredAt", "occurredAt", "text", "text", "csat", "scores.csat"),
				DateOrder.AUTO, "UTC");
		assertThat(importFile(file, mapping, Policy.ALL_OR_NOTHING).accepted()).isEqualTo(2);
	}

	@Test
	void mappingsAreSavedPerWorkspace() {
		ImportMapping mapping = new ImportMapping(SignalSource.CALL, Map.of("text", "Comentario"), DateOrder.DAY_FIRST,
				"Europe/Madrid");
		this.imports.saveMapping(this.team.workspace().id(), "Centralita", mapping);
		assertThat(this.imports.savedMappings(this.team.workspace().id())).containsEntry("Centralita", mapping);
		assertThat(this.imports.savedMappings(this.fixtures.aWorkspace("Other").workspace().id())).isEmpty();
	}

	private Outcome importFile(Path file, ImportMapping mapping, Policy policy) throws Exception {
		return this.imports.run(this.team.workspace().id(), file, shapeOf(file), mapping, policy,
				this.directory.resolve("rejected.csv"), Locale.ENGLISH, (rows) -> {
				});
	}

	private org.momentos.signal.internal.ImportFile.Shape shapeOf(Path file) throws Exception {
		return this.imports.inspect(file, file.getFileName().toString(), SignalSource.OTHER).shape();
	}

	private Signal latest(String customer) {
		return this.signals
			.list(this.team.workspace().id(), new SignalFilter(null, null, null, null, customer, null, null), null, 1)
			.signals()
			.get(0);
	}

	private Path write(String name, String content) throws Exception {
		Path file = this.directory.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
