package org.momentos.signal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.NamedInterface;

/**
 * A file being imported, read one row at a time (never the whole file in memory): the
 * column names of its first row, then rows with the line (or sheet row) they start on.
 */
@NamedInterface("imports")
public interface ImportTable extends AutoCloseable {

	List<String> columns();

	/** The next row, or {@code null} at the end. */
	ImportRow next() throws IOException;

	@Override
	void close() throws IOException;

	static ImportTable open(Path file, ImportFile.Shape shape) throws IOException {
		return switch (shape.format()) {
			case CSV -> new Csv(file, shape.charset(), shape.delimiter());
			case XLSX -> new Xlsx(file);
			case JSONL -> new JsonLines(file);
		};
	}

	/**
	 * One row: the line it starts on, its cells in column order ({@code null} if broken).
	 */
	record ImportRow(long line, List<String> cells, String broken) {
	}

	/** CSV with any delimiter, quoted fields and cells over several lines. */
	final class Csv implements ImportTable {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final List<String> columns;

		private long nextLine;

		Csv(Path file, Charset charset, char delimiter) throws IOException {
			Reader reader = new BufferedReader(new InputStreamReader(ImportFile.withoutBom(file), charset), 1 << 16);
			this.parser = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(true)
				.get()
				.parse(reader);
			this.records = this.parser.iterator();
			this.columns = this.records.hasNext() ? this.records.next().toList() : List.of();
			this.nextLine = this.parser.getCurrentLineNumber() + 1;
		}

		@Override
		public List<String> columns() {
			return this.columns;
		}

		@Override
		public ImportRow next() {
			try {
				if (!this.records.hasNext()) {
					return null;
				}
				CSVRecord record = this.records.next();
				long line = this.nextLine;
				this.nextLine = this.parser.getCurrentLineNumber() + 1;
				return new ImportRow(line, record.toList(), null);
			}
			catch (java.io.UncheckedIOException | IllegalStateException ex) {
				long line = this.nextLine;
				this.nextLine = Long.MAX_VALUE;
				return new ImportRow(line, null, "import.csv.broken");
			}
		}

		@Override
		public void close() throws IOException {
			this.parser.close();
		}

	}

	/** The first sheet of an Excel workbook; dates arrive as Excel serial numbers. */
	final class Xlsx implements ImportTable {

		private final ReadableWorkbook workbook;

		private final Iterator<Row> rows;

		private final List<String> columns;

		Xlsx(Path file) throws IOException {
			this.workbook = new ReadableWorkbook(file.toFile());
			Optional<Sheet> sheet = this.workbook.getFirstSheet() == null ? Optional.empty()
					: Optional.of(this.workbook.getFirstSheet());
			this.rows = sheet.isPresent() ? sheet.get().openStream().iterator() : List.<Row>of().iterator();
			this.columns = this.rows.hasNext() ? cells(this.rows.next()) : List.of();
		}

		@Override
		public List<String> columns() {
			return this.columns;
		}

		@Override
		public ImportRow next() {
			while (this.rows.hasNext()) {
				Row row = this.rows.next();
				List<String> cells = cells(row);
				if (cells.stream().anyMatch((cell) -> !cell.isBlank())) {
					return new ImportRow(row.getRowNum(), cells, null);
				}
			}
			return null;
		}

		private static List<String> cells(Row row) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.getCellCount(); i++) {
				Cell cell = row.getCell(i);
				if (cell == null || cell.getType() == CellType.EMPTY) {
					cells.add("");
				}
				else if (cell.getType() == CellType.NUMBER) {
					cells.add(cell.getRawValue());
				}
				else {
					cells.add(cell.getText());
				}
			}
			return cells;
		}

		@Override
		public void close() throws IOException {
			this.workbook.close();
		}

	}

	/**
	 * JSON Lines: one object per line; its names are the columns (scores flattened to
	 * {@code scores.nps}...). Columns come from the first line.
	 */
	final class JsonLines implements ImportTable {

		private static final JsonMapper json = JsonMapper.builder().build();

		private final BufferedReader reader;

		private final List<String> columns = new ArrayList<>();

		private Map<String, String> first;

		private long line;

		private ImportRow pending;

		JsonLines(Path file) throws IOException {
			InputStream in = ImportFile.withoutBom(file);
			this.reader = new BufferedReader(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			ImportRow peek = read();
			if (peek != null && peek.broken() == null) {
				this.columns.addAll(this.first.keySet());
			}
			this.pending = peek;
		}

		@Override
		public List<String> columns() {
			return this.columns;
		}

		@Override
		public ImportRow next() throws IOException {
			if (this.pending != null) {
				ImportRow row = this.pending;
				this.pending = null;
				return row;
			}
			return read();
		}

		private ImportRow read() throws IOException {
			String text = this.reader.readLine();
			this.line++;
			while (text != null && text.isBlank()) {
				text = this.reader.readLine();
				this.line++;
			}
			if (text == null) {
				return null;
			}
			try {
				JsonNode node = json.readTree(text);
				if (!node.isObject()) {
					return new ImportRow(this.line, null, "signal.item.notObject");
				}
				Map<String, String> values = new LinkedHashMap<>();
				flatten("", node, values);
				if (this.first == null) {
					this.first = values;
				}
				List<String> cells = new ArrayList<>();
				for (String column : this.columns.isEmpty() ? values.keySet() : this.columns) {
					cells.add(values.getOrDefault(column, ""));
				}
				return new ImportRow(this.line, cells, null);
			}
			catch (JacksonException ex) {
				return new ImportRow(this.line, null, "signal.json.invalid");
			}
		}

		private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				if (entry.getValue().isObject()) {
					flatten(prefix + entry.getKey() + ".", entry.getValue(), values);
				}
				else if (!entry.getValue().isNull()) {
					values.put(prefix + entry.getKey(), entry.getValue().asString());
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
		}

	}

}
