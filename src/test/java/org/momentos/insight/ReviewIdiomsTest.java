package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Idioms of reviews in both languages, as tables of examples: praise said as a lack (of
 * anything more to ask for, of stars, of a let-down), advice to stay away, things past
 * their best, and verdicts on a service told without classic sentiment words.
 */
class ReviewIdiomsTest {

	/**
	 * "Couldn't have asked for more", "faltan estrellas", "didn't let me down": praise
	 * told as something missing or denied; "it let me down" stays a complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Couldn't have asked for more                  | positive
			Can't ask for better service                  | positive
			No pudimos pedir más                          | positive
			Found my forever mechanic                     | positive
			Explained exactly what was wrong and charged less than the quote | positive
			Sin arrepentimientos                          | positive
			Had a fraudulent charge, they reversed it within the hour | positive
			Never looked back                             | positive
			Cannot say enough good things                 | positive
			Not enough stars                              | positive
			Faltan estrellas                              | positive
			They didn't let me down                       | positive
			It let me down                                | negative
			""")
	void praiseSaidAsALack(String text, String label) {
		assertLabel(text, label);
	}

	/** Advice to other customers to stay away, and things that have seen better days. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ahorraos el dinero                            | negative
			No perdáis el tiempo                          | negative
			Ni se os ocurra                               | negative
			Not up to par                                 | negative
			The carpet had seen better days               | negative
			Ha conocido tiempos mejores                   | negative
			""")
	void adviceToStayAwayAndThingsPastTheirBest(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Words of two meanings: "obras" in a museum are works of art, "una tarde de" an
	 * afternoon, "buenas tardes" a greeting and "los bordes" the edges of a thing;
	 * building works, lateness and rude waiters are still complaints. "No hay color" is
	 * no contest.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Conocer una casa de la época y las obras que se albergan en su interior | neutral
			TARDE DE CAFECITO. Un lugar muy interesante   | positive
			El hotel estaba en obras y no pudimos dormir  | negative
			El gimnasio cerrado x obras y cobrando la cuota | negative
			El pedido llegó tarde                         | negative
			Hola buenas tardes, el pedido llegó perfecto  | positive
			Los camareros son muy bordes                  | negative
			Protege bien los bordes de la pantalla        | positive
			Si lo que quieres es proteger el móvil, no hay color | positive
			Tardaron en contestar y enseguida me lo solucionaron | positive
			Es un lugar que se debe visitar               | positive
			La tradición dice que si no te besas tendrás siete años de mala suerte. Un sitio encantador | positive
			Me pasó lo mismo con mi pedido                | negative
			Same thing happened to me                     | negative
			Lo normal para una cadena de comida rápida    | neutral
			Typical fast food, nothing more               | neutral
			Los precios de las bebidas bastante caros para mi gusto | negative
			Cuidado si van con niños                      | negative
			Jardines muy cuidados                         | positive
			Hubiera preferido pagar un poco más por un hotel de 4 estrellas | negative
			No me gusta que me mientan                    | negative
			No me gustó que nos cobraran el wifi          | negative
			Caminando llegas a la Havana Vieja            | neutral
			Two blocks from the beach                     | neutral
			The hotel is a block away from the metro      | neutral
			The road was blocked                          | negative
			Fuimos en Día de Muertos, todo decorado       | neutral
			La habitación llena de pelos                  | negative
			Todo estuvo de pelos                          | positive
			Un hotel de 4 estrellas con habitaciones de 2 | neutral
			Un servicio de 5 estrellas                    | positive
			""")
	void wordsOfTwoMeanings(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A service judged by what it did: a hair in the food, a phone nobody picks up, a
	 * fair bill, a fault found in an afternoon ("una tarde" is a while, not lateness).
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Lo esperaba mejor                             | negative
			Encontré un pelo en el ceviche y el mozo se rió | negative
			El médico bien pero nunca cogen el teléfono para pedir cita | negative
			La encontraron en una tarde y me cobraron justo. Unos genios | positive
			""")
	void aServiceJudgedByWhatItDid(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Hotels and restaurants: a fan, a room category and a shared bathroom are things,
	 * not opinions; what was not cleaned, what nobody warned of and a mouse are
	 * complaints; a big fan is praise, not a huge fan a complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The extractor fan was so loud we barely slept               | negative
			Paid for a superior room and got a tiny one facing a wall   | negative
			Shared bathroom wasn't cleaned once during our stay         | negative
			Nobody warned us it was karaoke night                       | negative
			Saw a mouse run across the floor. Left immediately.         | negative
			Not my kind of place                                        | negative
			Not a huge fan of the new menu                              | negative
			I'm a big fan of this place                                 | positive
			Superior room with a lovely view                            | positive
			We asked to move and they said no.                          | negative
			Pool closed for maintenance the whole week                  | negative
			Closed at 2pm on a Saturday. Update your hours!             | negative
			We paid resort prices to stay on a building site.           | negative
			Fine for one night near the airport. Room a bit dated.      | neutral
			Nice room, terrible breakfast. Swings and roundabouts.      | neutral
			""")
	void hotelsAndRestaurants(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Long reviews that end well say so in idioms: a customer for life, treated like
	 * family, pain free, no contract, approved without a fight, a real human on the line.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'll be a customer for life.                  | positive
			They treat you like family.                   | positive
			I wake up pain free most days.                | positive
			No contract, no equipment fees.               | positive
			They approved the claim without a fight.      | positive
			I can't believe we waited this long.          | positive
			Got a real human in under 2 minutes.          | positive
			""")
	void storiesThatEndWell(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Places a reviewer says nobody should miss, and warnings to take care with someone
	 * or to avoid a place, in both languages.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Imperdible.                                       | positive
			Parada obligada si vas a la ciudad.               | positive
			Un museo lleno de historia.                       | positive
			No puedes dejar de subir al mirador.              | positive
			Si vas, no te lo puedes perder.                   | positive
			Ir a la ciudad y no verlo es como no haber ido.   | positive
			¡Este lugar es de ley visitarlo!                  | positive
			Si no lo viste, no te pierdes de mucho.           | negative
			El guía nos contó la triste historia del callejón. | neutral
			After reading many positive reviews I gave it a try. | neutral
			No entiendo cómo puede tener tan buenos comentarios. | neutral
			I've certainly tasted much better cookies.        | negative
			Los he probado mejores.                           | negative
			Se exhiben obras de arte de varias épocas.        | positive
			Hay obras en el hotel y mucho ruido.              | negative
			A must-see if you are in town.                    | positive
			An old quarter steeped in history.                | positive
			Cuidado con el recepcionista del turno de noche.  | negative
			A evitar.                                         | negative
			""")
	void placesNobodyShouldMissAndWarnings(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Praise asked as a question that answers itself keeps its weight; other praise in a
	 * question is only asked about.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Buena comida, buen precio, ¿qué más se puede pedir?  | positive
			¿A quién no le gusta desayunar con estas vistas?      | positive
			What's not to love?                                   | positive
			Who doesn't love free upgrades?                       | positive
			What more could you ask for?                          | positive
			Is the breakfast good?                                | neutral
			¿Qué tal es el desayuno?                              | neutral
			Can't get any better!                                 | positive
			I don't know what I'd do without this blender.        | positive
			""")
	void praiseAskedAsAQuestionThatAnswersItself(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Concessions and exceptions: what "si bien", "a pesar de", "aside from" and "salvo"
	 * concede weighs less than the verdict; "the only good thing" and "my only
	 * compliment" are faint praise; "la calidad se paga" answers a high price.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Si bien el local es pequeño, la comida es espectacular        | positive
			Si bien la comida es buena, el trato fue lamentable           | negative
			Despite the delay, the crew was lovely and made up for it     | positive
			Aside from the view, everything was disappointing             | negative
			Salvo el aparcamiento, todo perfecto                          | positive
			El único punto positivo es la ubicación                       | negative
			My only compliment is the parking was free                    | negative
			Barato, sí, pero se nota                                      | negative
			No es barato, pero la calidad se paga                         | positive
			Tardaron, pero mereció la pena la espera                      | positive
			""")
	void concessionsExceptionsAndFaintPraise(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Degrees of a verdict: "far from perfect", "anything but friendly" and "lejos de
	 * ser" deny the praise after them; "more than decent" and "cinco estrellas se quedan
	 * cortas" praise; "una y no más" is a first and last visit. Opening praise before a
	 * small drawback ("Casi perfecto, solo le faltó un poco de sal") is sincere.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Casi perfecto, solo le faltó un poco de sal     | positive
			Perfect, my flight is cancelled again           | negative
			Far from perfect                                | negative
			Lejos de ser perfecto                           | negative
			Staff were anything but friendly                | negative
			not far from the beach, great location          | positive
			Not the best experience                         | negative
			More than decent                                | positive
			Ni de lejos lo que esperaba                     | negative
			Una y no más                                    | negative
			Cinco estrellas se quedan cortas                | positive
			""")
	void degreesOfAVerdict(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Others as witnesses: what the customer was told before is no verdict ("They told me
	 * it was the best in town, it wasn't"); a hard-to-please relative who came out
	 * delighted, a child who asks to go back and a dog that goes crazy for the food are
	 * praise; warnings not heeded and food not even a dog would eat are complaints.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			They told me it was the best in town, it wasn't                   | negative
			Mis amigos me advirtieron y no les hice caso                     | negative
			Should have listened to the reviews                              | negative
			Tenía que haber hecho caso a las reseñas                         | negative
			Las reseñas se quedan cortas                                     | positive
			Mi hija no para de pedirme volver                                | positive
			Hasta mi suegra, que nunca está contenta, salió encantada        | positive
			Even my picky eater cleaned his plate                            | positive
			Ni mi perro se lo comería                                        | negative
			Mi perro se vuelve loco con este pienso                          | positive
			""")
	void othersAsWitnesses(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Advice and rhetorical questions: "este es tu sitio" recommends unless what the
	 * reader wants is a setback ("Si quieres que te ignoren, este es tu sitio"); "run,
	 * don't walk" goes either way; "¿Es mucho pedir...?" and "Is it too much to ask...?"
	 * complain, however they are punctuated.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Si buscas tranquilidad, este es tu sitio                  | positive
			Si quieres que te ignoren, este es tu sitio               | negative
			Si tienes prisa, este no es tu sitio                      | negative
			Run, don't walk, away from this place                     | negative
			Run, don't walk, to get one of these                      | positive
			Corred a comprarlo antes de que se agote                  | positive
			¿Es mucho pedir que contesten al teléfono?                | negative
			Is it too much to ask for a clean room?                   | negative
			What a gem!                                               | positive
			De momento funciona, ya veremos cuánto dura               | neutral
			Lasted about as long as my patience with their support    | negative
			""")
	void adviceAndRhetoricalQuestions(String text, String label) {
		assertLabel(text, label);
	}

}
