package org.momentos.signal.internal;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.momentos.signal.SignalSource;

import org.springframework.modulith.NamedInterface;

/**
 * Which column of a file feeds which field of a signal. Columns not mapped become free
 * attributes (named by their header), so nothing in the file is silently dropped.
 *
 * @param source the source of every row (unless a column gives it)
 * @param columns field name (source, occurredAt, customerReference, touchpointKey, nps,
 * csat, ces, rating, title, text, language, externalId) to column header
 * @param dateOrder how to read dates like 03/04/2026
 * @param timeZone the zone of dates without one
 */
@NamedInterface("imports")
public record ImportMapping(SignalSource source, Map<String, String> columns, DateOrder dateOrder, String timeZone) {

	/** The fields a column can feed. */
	public static final List<String> FIELDS = List.of("occurredAt", "text", "title", "customerReference", "nps", "csat",
			"ces", "rating", "externalId", "language", "touchpointKey", "source");

	private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
			Map.entry("occurredAt",
					List.of("fecha", "date", "created", "createdat", "fechahora", "datetime", "dia", "day", "timestamp",
							"occurredat", "fechallamada", "fechadecreacion")),
			Map.entry("text",
					List.of("comentario", "comentarios", "comment", "comments", "texto", "text", "mensaje", "message",
							"descripcion", "description", "notas", "notes", "opinion", "review", "resena", "feedback",
							"observaciones")),
			Map.entry("title", List.of("asunto", "subject", "titulo", "title", "motivo", "reason")),
			Map.entry("customerReference",
					List.of("email", "correo", "correoelectronico", "cliente", "customer", "telefono", "phone",
							"customerreference", "idcliente", "customerid")),
			Map.entry("nps", List.of("nps", "recomendacion", "likelihoodtorecommend")),
			Map.entry("csat", List.of("csat", "satisfaccion", "satisfaction")),
			Map.entry("ces", List.of("ces", "esfuerzo", "effort")),
			Map.entry("rating", List.of("rating", "valoracion", "puntuacion", "estrellas", "stars", "nota", "score")),
			Map.entry("externalId",
					List.of("id", "ticket", "ticketid", "externalid", "idllamada", "callid", "idticket", "caso", "case",
							"referencia")),
			Map.entry("language", List.of("idioma", "language", "lang", "lengua")),
			Map.entry("touchpointKey", List.of("touchpointkey", "touchpoint")),
			Map.entry("source", List.of("source", "origen", "fuente")));

	public ImportMapping {
		source = source == null ? SignalSource.OTHER : source;
		Map<String, String> kept = new LinkedHashMap<>();
		if (columns != null) {
			columns.forEach((field, column) -> {
				if (FIELDS.contains(field) && column != null && !column.isBlank()) {
					kept.put(field, column);
				}
			});
		}
		columns = Map.copyOf(kept);
		dateOrder = dateOrder == null ? DateOrder.AUTO : dateOrder;
		timeZone = (timeZone == null || timeZone.isBlank()) ? "UTC" : timeZone.strip();
	}

	public ZoneId zone() {
		try {
			return ZoneId.of(this.timeZone);
		}
		catch (java.time.DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	public ImportMapping withDateOrder(DateOrder order) {
		return new ImportMapping(this.source, this.columns, order, this.timeZone);
	}

	/** A first guess from the column headers, in Spanish or English. */
	public static ImportMapping suggestedFor(List<String> headers, SignalSource source) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String field : FIELDS) {
			for (String header : headers) {
				if (!columns.containsValue(header) && SYNONYMS.get(field).contains(simple(header))) {
					columns.put(field, header);
					break;
				}
			}
		}
		return new ImportMapping(source, columns, DateOrder.AUTO, "UTC");
	}

	private static String simple(String header) {
		String ascii = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** How dates with slashes are read. */
	public enum DateOrder {

		/** From the file: a day over 12 settles it; ask when nothing does. */
		AUTO,

		/** 31/03/2026. */
		DAY_FIRST,

		/** 03/31/2026. */
		MONTH_FIRST

	}

}
