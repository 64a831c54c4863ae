package org.momentos.insight.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV with a header line (RFC 4180: quoted fields may hold commas and line breaks). */
final class CsvSource implements FeedbackSource {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final String idField;

	private final String textField;

	private final Set<String> extraFields;

	private long number;

	CsvSource(Reader reader, String idField, String textField, Set<String> extraFields) throws IOException {
		this.parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(reader);
		if (!this.parser.getHeaderMap().containsKey(textField)) {
			throw new IllegalArgumentException("The CSV header has no column '" + textField + "' (use --text-field): "
					+ this.parser.getHeaderNames());
		}
		this.records = this.parser.iterator();
		this.idField = idField;
		this.textField = textField;
		this.extraFields = extraFields;
	}

	@Override
	public Feedback next() {
		if (!this.records.hasNext()) {
			return null;
		}
		CSVRecord record = this.records.next();
		this.number++;
		String id = record.isMapped(this.idField) && record.isSet(this.idField)
				? JsonOut.quote(record.get(this.idField)) : "null";
		String text = record.isSet(this.textField) ? record.get(this.textField) : "";
		Map<String, String> fields = new HashMap<>(4);
		for (String name : this.extraFields) {
			if (record.isMapped(name) && record.isSet(name)) {
				fields.put(name, record.get(name));
			}
		}
		return new Feedback(this.number, id, text, fields, null);
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
