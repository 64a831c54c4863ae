package org.momentos.signal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.momentos.platform.Problem;
import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.SignalSource;
import org.momentos.signal.Signals;
import org.momentos.signal.internal.ImportFile.Shape;
import org.momentos.signal.internal.ImportMapping.DateOrder;
import org.momentos.signal.internal.ImportTable.ImportRow;
import org.momentos.signal.internal.SignalJson.Parsed;
import org.momentos.workspace.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.NamedInterface;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * File imports of signals (CSV, XLSX, JSON Lines): inspect a file, check it (a dry run
 * listing row problems with line numbers), import it in batches, streaming, with either
 * nothing imported when a row is wrong or the valid rows imported and the others written
 * to a rejected-rows CSV. Mappings can be saved per workspace by name.
 */
@NamedInterface("imports")
@Service
public class SignalImports {

	static final int BATCH = 5_000;

	static final int PREVIEW_ROWS = 10;

	static final int LISTED_PROBLEMS = 1_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Signals signals;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	SignalImports(Signals signals, JdbcClient jdbc, MessageSource messages) {
		this.signals = signals;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public Inspection inspect(Path file, String fileName, SignalSource source) throws IOException {
		Shape shape = ImportFile.inspect(file, fileName);
		try (ImportTable table = ImportTable.open(file, shape)) {
			List<ImportRow> preview = new ArrayList<>();
			for (ImportRow row = table.next(); row != null && preview.size() < PREVIEW_ROWS; row = table.next()) {
				preview.add(row);
			}
			return new Inspection(shape, table.columns(), preview, ImportMapping.suggestedFor(table.columns(), source));
		}
	}

	/** The dry run: every row checked, nothing stored. */
	public Check check(Path file, Shape shape, ImportMapping mapping, LongConsumer progress) throws IOException {
		String digest = ImportFile.digest(file);
		DateOrder order = dateOrder(file, shape, mapping, digest);
		boolean orderNeeded = order == null;
		DateOrder used = orderNeeded ? DateOrder.AUTO : order;
		Instant now = Instant.now();
		long rows = 0;
		long problemCount = 0;
		List<RowProblem> problems = new ArrayList<>();
		try (ImportTable table = ImportTable.open(file, shape)) {
			ImportRows converter = new ImportRows(table.columns(), mapping, digest);
			for (ImportRow row = table.next(); row != null; row = table.next()) {
				rows++;
				Parsed parsed = converter.signal(row, used);
				Optional<Rejected> rejected = parsed.rejected() != null ? Optional.of(parsed.rejected())
						: SignalRules.check(parsed.signal(), now);
				if (rejected.isPresent()) {
					problemCount++;
					if (problems.size() < LISTED_PROBLEMS) {
						problems.add(new RowProblem(row.line(), rejected.get().field(), rejected.get().reason()));
					}
				}
				if (rows % BATCH == 0) {
					progress.accept(rows);
				}
			}
		}
		progress.accept(rows);
		return new Check(rows, rows - problemCount, problems, problemCount, orderNeeded, used);
	}

	/**
	 * Imports the file. With {@link Policy#ALL_OR_NOTHING}, checks it first and imports
	 * nothing if any row is wrong; with {@link Policy#VALID_ROWS}, stores the valid rows
	 * and writes the others, with line, field and reason, to {@code rejectedRows}.
	 */
	public Outcome run(WorkspaceId workspace, Path file, Shape shape, ImportMapping mapping, Policy policy,
			Path rejectedRows, Locale locale, LongConsumer progress) throws IOException {
		Check check = check(file, shape, mapping, (rows) -> {
		});
		if (check.dateOrderNeeded() || (policy == Policy.ALL_OR_NOTHING && check.problemCount() > 0)) {
			return new Outcome(check.rows(), 0, 0, check.problemCount(), false, check);
		}
		String digest = ImportFile.digest(file);
		long[] counts = new long[3];
		try (ImportTable table = ImportTable.open(file, shape);
				Writer out = Files.newBufferedWriter(rejectedRows, StandardCharsets.UTF_8);
				CSVPrinter rejected = CSVFormat.RFC4180.print(out)) {
			out.write('\ufeff');
			List<String> header = new ArrayList<>(List.of("line", "field", "reason"));
			header.addAll(table.columns());
			rejected.printRecord(header);
			ImportRows converter = new ImportRows(table.columns(), mapping, digest);
			List<ImportRow> batchRows = new ArrayList<>(BATCH);
			List<NewSignal> batch = new ArrayList<>(BATCH);
			long rows = 0;
			for (ImportRow row = table.next(); row != null; row = table.next()) {
				rows++;
				Parsed parsed = converter.signal(row, check.dateOrder());
				if (parsed.rejected() != null) {
					reject(rejected, row, parsed.rejected(), locale, counts);
				}
				else {
					batchRows.add(row);
					batch.add(parsed.signal());
				}
				if (batch.size() == BATCH) {
					store(workspace, batchRows, batch, rejected, locale, counts);
					progress.accept(rows);
				}
			}
			store(workspace, batchRows, batch, rejected, locale, counts);
			progress.accept(rows);
		}
		return new Outcome(check.rows(), counts[0], counts[1], counts[2], true, check);
	}

	private void store(WorkspaceId workspace, List<ImportRow> rows, List<NewSignal> batch, CSVPrinter rejected,
			Locale locale, long[] counts) throws IOException {
		if (batch.isEmpty()) {
			return;
		}
		List<Receipt> receipts = this.signals.receiveAll(workspace, batch);
		for (int i = 0; i < receipts.size(); i++) {
			switch (receipts.get(i)) {
				case Accepted accepted -> counts[0]++;
				case Duplicate duplicate -> counts[1]++;
				case Rejected refusal -> reject(rejected, rows.get(i), refusal, locale, counts);
			}
		}
		rows.clear();
		batch.clear();
	}

	private void reject(CSVPrinter rejected, ImportRow row, Rejected refusal, Locale locale, long[] counts)
			throws IOException {
		counts[2]++;
		List<String> record = new ArrayList<>(List.of(Long.toString(row.line()), refusal.field(),
				this.messages.getMessage(refusal.reason(), null, refusal.reason(), locale)));
		if (row.cells() != null) {
			record.addAll(row.cells());
		}
		rejected.printRecord(record);
	}

	/**
	 * The order of slashed dates: the mapping's, or the one the file proves (a day over
	 * 12); {@code null} when the file has ambiguous dates and nothing settles it.
	 */
	private DateOrder dateOrder(Path file, Shape shape, ImportMapping mapping, String digest) throws IOException {
		if (mapping.dateOrder() != DateOrder.AUTO) {
			return mapping.dateOrder();
		}
		long dayFirst = 0;
		long monthFirst = 0;
		boolean ambiguous = false;
		try (ImportTable table = ImportTable.open(file, shape)) {
			ImportRows converter = new ImportRows(table.columns(), mapping, digest);
			if (!converter.hasDate()) {
				return DateOrder.AUTO;
			}
			for (ImportRow row = table.next(); row != null; row = table.next()) {
				String date = row.cells() == null ? null : converter.date(row);
				DateOrder evidence = date == null ? null : ImportValues.evidence(date);
				dayFirst += (evidence == DateOrder.DAY_FIRST) ? 1 : 0;
				monthFirst += (evidence == DateOrder.MONTH_FIRST) ? 1 : 0;
				ambiguous |= evidence == DateOrder.AUTO;
			}
		}
		if (dayFirst > 0 || monthFirst > 0) {
			return dayFirst >= monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
		}
		return ambiguous ? null : DateOrder.AUTO;
	}

	public void saveMapping(WorkspaceId workspace, String name, ImportMapping mapping) {
		if (name == null || name.isBlank() || name.length() > 120) {
			throw Problem.invalid("import.mapping.name.invalid");
		}
		this.jdbc.sql("""
				insert into signal_import_mapping (workspace_id, name, mapping) values (?, ?, cast(? as jsonb))
				on conflict (workspace_id, name) do update set mapping = excluded.mapping, updated_at = now()""")
			.params(workspace.value(), name.strip(), json.writeValueAsString(mapping))
			.update();
	}

	public Map<String, ImportMapping> savedMappings(WorkspaceId workspace) {
		Map<String, ImportMapping> mappings = new LinkedHashMap<>();
		this.jdbc.sql("select name, mapping from signal_import_mapping where workspace_id = ? order by name")
			.param(workspace.value())
			.query((rs) -> {
				mappings.put(rs.getString("name"), json.readValue(rs.getString("mapping"), ImportMapping.class));
			});
		return mappings;
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a file looks like: its shape, columns, first rows, a suggested mapping. */
	public record Inspection(Shape shape, List<String> columns, List<ImportRow> preview, ImportMapping suggested) {
	}

	/** A problem of one row: its line, the field and the reason (a message key). */
	public record RowProblem(long line, String field, String reason) {
	}

	/**
	 * The dry run's report.
	 *
	 * @param rows rows read
	 * @param valid rows that would be stored (or found already stored)
	 * @param problems the first problems, by line
	 * @param problemCount how many rows have a problem
	 * @param dateOrderNeeded dates like 03/04/2026 cannot be read until the order is
	 * chosen
	 * @param dateOrder the order used
	 */
	public record Check(long rows, long valid, List<RowProblem> problems, long problemCount, boolean dateOrderNeeded,
			DateOrder dateOrder) {
	}

	/** What an import did; {@code imported} is false when nothing was stored. */
	public record Outcome(long rows, long accepted, long duplicates, long rejected, boolean imported, Check check) {
	}

	/** What to do with a file that has wrong rows. */
	public enum Policy {

		/** Import nothing if any row is wrong. */
		ALL_OR_NOTHING,

		/** Import the valid rows; the others go to a file to download. */
		VALID_ROWS

	}

}
