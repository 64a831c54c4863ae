package org.momentos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * What the benchmarks share: short bilingual comments of typical length, and a throw-away
 * embedded database (never the user's data).
 */
final class BenchTexts {

	private static final String[] OPENINGS = { "La comida estaba rica pero el camarero tardó muchísimo en atendernos",
			"The delivery arrived two days late and nobody answered my emails about it",
			"Excelente atención en la tienda, la chica nos ayudó a elegir la talla correcta",
			"Great value for the price, the room was clean and the staff very friendly",
			"Me cobraron dos veces el mismo pedido y todavía espero el reembolso",
			"The app keeps crashing when I try to pay, I had to call support three times" };

	private static final String[] ENDINGS = { ", volveremos seguro.", ", not impressed at all.",
			" y el precio fue razonable.", " and I will recommend it to my friends.",
			", si no lo arreglan me doy de baja.", ", honestly the worst experience this year." };

	private BenchTexts() {
	}

	/** The {@code n}th comment: an opening and an ending drawn from {@code random}. */
	static String comment(Random random, int n) {
		return OPENINGS[random.nextInt(OPENINGS.length)] + ENDINGS[random.nextInt(ENDINGS.length)] + " #" + n;
	}

	/** Options for an embedded database in {@code data}, a fresh temporary directory. */
	static DatabaseOptions throwAwayDatabase(Path data) {
		DatabaseOptions database = new DatabaseOptions();
		database.dataDirectory = data.toString();
		database.databaseUrl = "";
		return database;
	}

	static Path temporaryDirectory() throws IOException {
		return Files.createTempDirectory("momentos-bench");
	}

}
