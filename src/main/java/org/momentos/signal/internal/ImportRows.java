package org.momentos.signal.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.momentos.signal.NewSignal;
import org.momentos.signal.Receipt.Rejected;
import org.momentos.signal.Scores;
import org.momentos.signal.SignalSource;
import org.momentos.signal.internal.ImportMapping.DateOrder;
import org.momentos.signal.internal.ImportTable.ImportRow;
import org.momentos.signal.internal.SignalJson.Parsed;

/**
 * Turns the rows of one file into signals with a mapping. A row without an external id
 * gets an idempotency key made of the file's digest and its line, so importing the same
 * file twice stores each row once.
 */
final class ImportRows {

	private final Map<String, Integer> fieldColumns = new HashMap<>();

	private final Map<String, Integer> attributeColumns = new LinkedHashMap<>();

	private final ImportMapping mapping;

	private final String fileDigest;

	ImportRows(List<String> headers, ImportMapping mapping, String fileDigest) {
		this.mapping = mapping;
		this.fileDigest = fileDigest;
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			String field = fieldOf(header);
			if (field != null) {
				this.fieldColumns.put(field, i);
			}
			else if (!header.isBlank()) {
				this.attributeColumns.put(header.strip(), i);
			}
		}
	}

	private String fieldOf(String header) {
		return this.mapping.columns()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(header))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** Whether a column feeds the date. */
	boolean hasDate() {
		return this.fieldColumns.containsKey("occurredAt");
	}

	String date(ImportRow row) {
		return cell(row, "occurredAt");
	}

	Parsed signal(ImportRow row, DateOrder order) {
		if (row.broken() != null) {
			return new Parsed(null, new Rejected("$", row.broken()));
		}
		try {
			String externalId = cell(row, "externalId");
			NewSignal signal = new NewSignal(source(row), occurredAt(row, order), cell(row, "customerReference"),
					touchpoint(row), scores(row), cell(row, "title"), cell(row, "text"), language(row), attributes(row),
					externalId, externalId == null ? "file:" + this.fileDigest + ":" + row.line() : null);
			return new Parsed(signal, null);
		}
		catch (Wrong wrong) {
			return new Parsed(null, new Rejected(wrong.field, wrong.reason));
		}
	}

	private SignalSource source(ImportRow row) {
		String source = cell(row, "source");
		if (source == null) {
			return this.mapping.source();
		}
		try {
			return SignalSource.valueOf(source.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new Wrong("source", "signal.source.unknown");
		}
	}

	private Instant occurredAt(ImportRow row, DateOrder order) {
		String date = cell(row, "occurredAt");
		if (date == null) {
			return null;
		}
		try {
			return ImportValues.instant(date, order, this.mapping.zone());
		}
		catch (ImportValues.Ambiguous ex) {
			throw new Wrong("occurredAt", "import.date.ambiguous");
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new Wrong("occurredAt", "import.date.invalid");
		}
	}

	private UUID touchpoint(ImportRow row) {
		String key = cell(row, "touchpointKey");
		try {
			return key == null ? null : UUID.fromString(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Wrong("touchpointKey", "signal.touchpoint.invalid");
		}
	}

	private Scores scores(ImportRow row) {
		return new Scores(whole(row, "nps"), whole(row, "csat"), whole(row, "ces"), rating(row));
	}

	private Integer whole(ImportRow row, String field) {
		String value = cell(row, field);
		if (value == null) {
			return null;
		}
		try {
			double number = ImportValues.number(value);
			if (number != Math.rint(number)) {
				throw new Wrong("scores." + field, "signal." + field + ".range");
			}
			return (int) number;
		}
		catch (NumberFormatException ex) {
			throw new Wrong("scores." + field, "signal." + field + ".range");
		}
	}

	private Double rating(ImportRow row) {
		String value = cell(row, "rating");
		try {
			return value == null ? null : ImportValues.number(value);
		}
		catch (NumberFormatException ex) {
			throw new Wrong("scores.rating", "signal.rating.range");
		}
	}

	private String language(ImportRow row) {
		String language = cell(row, "language");
		return language == null ? null : language.strip().toLowerCase(Locale.ROOT);
	}

	private Map<String, String> attributes(ImportRow row) {
		Map<String, String> attributes = new LinkedHashMap<>();
		this.attributeColumns.forEach((name, index) -> {
			if (index < row.cells().size() && !row.cells().get(index).isBlank()) {
				attributes.put(name, row.cells().get(index).strip());
			}
		});
		return attributes;
	}

	private String cell(ImportRow row, String field) {
		Integer index = this.fieldColumns.get(field);
		if (index == null || index >= row.cells().size()) {
			return null;
		}
		String value = row.cells().get(index);
		return value.isBlank() ? null : value;
	}

	private static final class Wrong extends RuntimeException {

		private final String field;

		private final String reason;

		Wrong(String field, String reason) {
			super(reason, null, false, false);
			this.field = field;
			this.reason = reason;
		}

	}

}
