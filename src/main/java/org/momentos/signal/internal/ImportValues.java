package org.momentos.signal.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.momentos.signal.internal.ImportMapping.DateOrder;

/**
 * Reads cell values the way spreadsheets write them: dates as dd/mm/yyyy, mm/dd/yyyy, ISO
 * 8601 or Excel serial numbers; numbers with a decimal comma.
 */
final class ImportValues {

	private static final Pattern SLASHED = Pattern
		.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");

	private static final Pattern SERIAL = Pattern.compile("^\\d{4,5}(?:[.,]\\d+)?$");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private ImportValues() {
	}

	/** What a slashed date says about the order: which orders it could be read in. */
	static DateOrder evidence(String text) {
		Matcher slashed = SLASHED.matcher(text.strip());
		if (!slashed.matches()) {
			return null;
		}
		int first = Integer.parseInt(slashed.group(1));
		int second = Integer.parseInt(slashed.group(2));
		if (first > 12 && second <= 12) {
			return DateOrder.DAY_FIRST;
		}
		if (second > 12 && first <= 12) {
			return DateOrder.MONTH_FIRST;
		}
		return first == second ? null : DateOrder.AUTO;
	}

	/**
	 * The instant a cell means; {@link Ambiguous} when it has slashes, both parts could
	 * be the month and the order is not known.
	 */
	static Instant instant(String text, DateOrder order, ZoneId zone) {
		String value = text.strip();
		if (SERIAL.matcher(value).matches()) {
			double serial = Double.parseDouble(value.replace(',', '.'));
			long days = (long) Math.floor(serial);
			long seconds = Math.round((serial - days) * 86_400);
			return EXCEL_EPOCH.plusDays(days).atStartOfDay(zone).plusSeconds(seconds).toInstant();
		}
		Matcher slashed = SLASHED.matcher(value);
		if (slashed.matches()) {
			int first = Integer.parseInt(slashed.group(1));
			int second = Integer.parseInt(slashed.group(2));
			if (order == DateOrder.AUTO && first <= 12 && second <= 12 && first != second) {
				throw new Ambiguous();
			}
			boolean dayFirst = order == DateOrder.DAY_FIRST || (order == DateOrder.AUTO && first > 12)
					|| first == second;
			int year = Integer.parseInt(slashed.group(3));
			year = year < 100 ? 2000 + year : year;
			LocalTime time = slashed.group(4) == null ? LocalTime.MIDNIGHT
					: LocalTime.of(Integer.parseInt(slashed.group(4)), Integer.parseInt(slashed.group(5)),
							slashed.group(6) == null ? 0 : Integer.parseInt(slashed.group(6)));
			LocalDate date = dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
			return LocalDateTime.of(date, time).atZone(zone).toInstant();
		}
		String iso = value.replace(' ', 'T');
		try {
			if (iso.length() == 10) {
				return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
			}
			try {
				return OffsetDateTime.parse(iso).toInstant();
			}
			catch (DateTimeParseException ex) {
				return LocalDateTime.parse(iso).atZone(zone).toInstant();
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/**
	 * A number written with a decimal point or comma (and maybe thousands separators).
	 */
	static double number(String text) {
		String value = text.strip().replace(" ", "").replace("\u00a0", "");
		if (value.contains(",") && value.contains(".")) {
			value = value.lastIndexOf(',') > value.lastIndexOf('.') ? value.replace(".", "").replace(',', '.')
					: value.replace(",", "");
		}
		else {
			value = value.replace(',', '.');
		}
		return Double.parseDouble(value);
	}

	/** The order of a slashed date cannot be told from this file. */
	static final class Ambiguous extends RuntimeException {

		Ambiguous() {
			super("ambiguous date", null, false, false);
		}

	}

}
