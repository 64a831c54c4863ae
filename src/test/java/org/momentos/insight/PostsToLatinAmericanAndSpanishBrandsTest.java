package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Posts to Latin-American and Spanish brands: problems told in local words ("me mandó
 * cualquier cosa", "qué servicio más choto", "me tienen de aquí para allá"), exasperation
 * ("q morro tienen", "les da la gana", "me niego") and a solution asked for, which is no
 * praise, beside one given, which is.
 */
class PostsToLatinAmericanAndSpanishBrandsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@MercadoLibre el vendedor me mandó cualquier cosa   | negative
			@Personal_Ar qué servicio más choto                 | negative
			@Falabella me tienen de aquí para allá              | negative
			Fuimos de aquí para allá visitando museos, precioso | positive
			@Santander_es me han cobrado una comisión por nada  | negative
			@Renfe otra vez el tren parado en medio de la nada  | negative
			RT @europapress: Renfe anuncia 200 nuevos trenes para Cercanías | neutral
			@Endesa factura estimada otra vez, no han leído el contador | negative
			@Amazon_ES el repartidor marcó entregado y aquí no hay nada | negative
			q morro tienen....a ver si se soluciona             | negative
			Un operador vuestro me acaba de colgar el teléfono en la cara | negative
			Hasta cuando las aerolíneas van a hacer lo q les da la gana | negative
			¿Hasta cuándo abre la tienda?                       | neutral
			No no no no. Me niego totalmente.                   | negative
			de que me sirve tener prioridad si me dais el último asiento | negative
			Espero una pronta solución                          | neutral
			Me dieron una solución rápida, gracias              | positive
			""")
	void problemsExasperationAndSolutions(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A refusal, a brush-off, a demand for the money back, a repeat, an insult to the
	 * customer's intelligence or sarcasm announced: complaints in posts to an airline.
	 * Being hooked on a series is praise; being stuck at the gate, or a broken hook, is
	 * not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			El servicio de atención al cliente se ha negado a ayudarme        | negative
			@aerolinea Dicen que no es mi problema                           | negative
			@aerolinea Devuélveme el dinero                                  | negative
			@aerolinea 16:41..... aquí seguimos.                             | negative
			@aerolinea Les repito, necesito que mi equipaje llegue hoy        | negative
			@aerolinea ja, ja, ja. Por favor no ofendan mi inteligencia       | negative
			Gracias @aerolinea..: me siento sarcástica                       | negative
			@aerolinea Si al menos la gestión del equipaje fuera eficiente    | negative
			@aerolinea me encantaría saber cuándo va a llegar mi maleta       | negative
			No se negaron a nada, muy amables                                | positive
			Esta serie me tiene enganchada                                   | positive
			@aerolinea son las 8:30 y aquí seguimos enganchados al finger      | negative
			""")
	void refusalsAndBrushOffsAreComplaints(String text, String label) {
		assertLabel(text, label);
	}

}
