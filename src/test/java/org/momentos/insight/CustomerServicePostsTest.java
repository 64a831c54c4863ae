package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * How customers write to a brand, in both languages, as a table of examples
 * (docs/insight.md, "Real customers' posts to a brand").
 */
class CustomerServicePostsTest {

	/**
	 * Posts to a brand that say what went wrong without a sentiment word: time spent
	 * waiting, "why" questions, what was promised, a wish for what should have been done;
	 * hashtags read by the sentiment word they start or end with. Praise asked about in a
	 * question, a request for help and a brand named like a word ("United") are not
	 * praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline we waited 40 min for our bags after a 45 min flight  | negative
			@airline 2 hours on hold to change a seat                     | negative
			@aerolinea llevo una hora esperando en el mostrador           | negative
			@renfe 45 minutos de espera para comprar un billete           | negative
			The flight takes 2 hours and leaves at 9                      | neutral
			@airline why was my flight cancelled?                         | negative
			@aerolinea ¿por qué no me contestan los correos?              | negative
			@aerolinea ¿por qué habéis cambiado la hora del vuelo?        | negative
			@airline is flight 2413 to LA delayed?                        | neutral
			@aerolinea ¿sale con retraso el vuelo de las 9?               | neutral
			@airline I was told my bag would arrive today                 | negative
			@aerolinea se suponía que el equipaje llegaba hoy             | negative
			@airline it would be nice if your app worked                  | negative
			@aerolinea sería bueno que respondieran los correos          | negative
			@airline didn't even get an apology                           | negative
			@aerolinea ni siquiera nos avisaron                           | negative
			@aerolinea todavía no me han contestado                       | negative
			@airline I will never fly with you again                      | negative
			@airline stranded at the airport with no information          | negative
			@aerolinea varados en Barajas sin información                 | negative
			@brand #badservice                                            | negative
			@marca #pesimoservicio                                        | negative
			@brand #nothappy                                              | negative
			We went to the museum #painting                               | neutral
			@airline can I get priority boarding with my card?            | neutral
			@airline can you help me change my seat?                      | neutral
			@aerolinea ¿me pueden ayudar con mi reserva?                  | neutral
			@united United 1234 boards at gate 5 now                      | neutral
			@airline Can you change my seat to an aisle? Thanks           | neutral
			@aerolinea ¿Me pueden cambiar el asiento? Gracias             | neutral
			@tienda Por favor, ¿me dicen cuándo llega mi pedido? Gracias  | neutral
			@tienda Hola, ¿cuándo llega mi pedido? Gracias!!              | neutral
			@airline what's the bag allowance to Lisbon? Thanks a lot!    | neutral
			@airline Thank you so much, the crew was lovely!              | positive
			@airline please pass my thanks to the crew, they were amazing | positive
			@airline if you could rebook me tonight, that would be great  | neutral
			@aerolinea si me pudieran cambiar el vuelo, sería genial      | neutral
			@airline what kind of customer service is that?               | negative
			@banco qué clase de atención es esta                          | negative
			@airline agents less than willing to help                     | negative
			The staff were always willing to help                         | positive
			El personal siempre dispuesto a ayudar                        | positive
			La atención al cliente brilla por su ausencia                 | negative
			El camarero ni nos miró en toda la noche                      | negative
			@endesa me cobran una factura que ya pagué                    | negative
			Qué poca vergüenza, cobrar 5 euros por el agua                | negative
			@movistar por fin un técnico que sabe lo que hace             | positive
			@operador problema resuelto en diez minutos                   | positive
			La paella estaba de escándalo                                 | positive
			The manager was nowhere to be found                           | negative
			@carrier problem solved in ten minutes                        | positive
			This gadget paid for itself in a month                        | positive
			@aeromexico me dejaron en tierra por overbooking              | negative
			@airline got bumped from my flight to Denver                  | negative
			The pool was closed all week and nobody told us               | negative
			La piscina cerrada toda la semana y nadie nos avisó           | negative
			@app the app logs me out every single day                     | negative
			@app me cierra la sesión cada día                             | negative
			Me quedé sin palabras, increíble                              | positive
			Me quedé sin batería a mitad de camino                        | negative
			I'm speechless, how can you treat customers like this         | negative
			The item I received is not the one I ordered                  | negative
			La talla no es la que pedí                                    | negative
			Fell short of expectations                                    | negative
			Staff went the extra mile                                     | positive
			""")
	void customerServicePosts(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Complaints that hold no opinion word: no reply, no way to get through, nothing
	 * done, a service that is down, a brand told to fix itself, a customer who will not
	 * come back.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@shop I sent you a DM yesterday and haven't heard back        | negative
			@shop still crickets from customer service                    | negative
			@telco nobody has called me back                              | negative
			@telco nadie me ha devuelto la llamada                        | negative
			@telco I can't get through to anyone                          | negative
			@bank your website is down and I need to pay                  | negative
			@hotel the lift wasn't working all weekend                    | negative
			@airline I will not be flying with you again                  | negative
			@airline the agent did nothing                                | negative
			@airline get your act together                                | negative
			@tienda no he recibido respuesta a mi correo                  | negative
			@banco imposible contactar con ustedes                        | negative
			@hotel el ascensor no funcionaba en todo el fin de semana     | negative
			@aerolinea pónganse las pilas con el equipaje                 | negative
			@tienda la web no va desde ayer                               | negative
			@tienda la web no va nada mal                                 | positive
			@telco three days without internet and nobody can tell me why | negative
			@telco raised my bill without any notice                      | negative
			$20 for a sandwich and a coffee, daylight robbery             | negative
			Delivery was a week late and no one bothered to tell us       | negative
			They treated us like we were a nuisance                       | negative
			I want my money back                                          | negative
			Waited in line for an hour just to be told to come back tomorrow | negative
			@tienda el paquete llegó abierto y faltaba un producto        | negative
			@banco me cobraron una comisión que no corresponde            | negative
			La app se cierra sola cada vez que intento pagar              | negative
			The room was clean and quiet, without any issues              | positive
			We stayed 3 days in the hotel                                 | neutral
			@airline where is my bag?                                     | negative
			@aerolinea ¿dónde está mi maleta?                             | negative
			@airline you don't care about your customers                  | negative
			@banco no les importa el cliente                              | negative
			I don't care which seat, any is fine                          | neutral
			@airline no wheelchairs at the gate                           | negative
			@airline no crew to board us yet                              | negative
			@airline you have zero customer service                       | negative
			@airline there aren't any reps available to take calls        | negative
			@airline less than helpful staff at the gate                  | negative
			@airline after the fourth call I gave up                      | negative
			Zero issues with the booking                                  | positive
			@aerolinea cero atención al cliente                           | negative
			@telco 3 días sin fibra y nadie me dice nada                  | negative
			@telco me habéis cobrado de más este mes                      | negative
			@telco me habéis dejado sin internet justo en teletrabajo     | negative
			@power they left us without heating for two days              | negative
			@tienda un precio justo y envío rápido                        | positive
			@airline down to 2 layovers now but still not acceptable      | negative
			@shop I can't even look at you right now, I'll call when I'm not so mad | negative
			Cero problemas con la reserva                                 | positive
			No fees and no queues at the desk                             | positive
			No need to call, the change is done online                    | neutral
			@airline when does check-in open for flight no UA80?          | neutral
			@bank what are your opening hours on Saturday?                | neutral
			@banco ¿a qué hora abren el sábado?                           | neutral
			""")
	void complaintsWithoutAnOpinionWord(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A problem told as a fact, in the words of tickets and posts (the phrase lists of
	 * stop 17): a runaround, a locked account, a ticket marked solved that is not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			They keep giving me the runaround                   | negative
			I was fobbed off again                              | negative
			I am locked out of my account                       | negative
			They laughed at me at the desk                      | negative
			Cómo es posible que nadie conteste                  | negative
			Dieron por resuelta la incidencia                   | negative
			Ya van dos horas                                    | negative
			Intento hacer el check-in y no me deja              | negative
			Años intentando conseguir el descuento              | negative
			Si no sabéis organizar vuelos, dedicaros a otra cosa | negative
			Weeks trying to get my refund                       | negative
			Gracias por obligarnos a facturar el equipaje de mano | negative
			Me hacen perder un vuelo por un retraso de ellos    | negative
			Otro día más esperando la llamada de la aerolínea   | negative
			Quisiera saber cuándo podré recuperar mi maleta     | negative
			Delivery guy left the package in the rain           | negative
			They never kept me updated about my claim           | negative
			Huge queues at security and no staff                | negative
			Nadie en recepción me supo decir a qué hora abre la piscina | negative
			Hace cinco días que hice el pedido y sigue en preparación | negative
			¿Cómo cambio la contraseña de mi cuenta?            | neutral
			How do I unlock my account?                         | neutral
			""")
	void problemsToldAsFacts(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * More of them, and their positive counterparts (stop 18): nobody taking charge,
	 * advice to avoid a brand, a family split up, understaffing, a problem solved.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nadie se hizo cargo de los pasajeros                | negative
			Consejo: nunca viajen con esta aerolínea            | negative
			Eso les pasa por volar con ellos                    | negative
			They split me and my daughter rows apart            | negative
			I needed plenty of assistance but received none     | negative
			Down to only one agent for a line of a hundred people | negative
			Finally reached an agent who solved my problem      | positive
			No podéis seguir retrasando el vuelo                | negative
			Con lo fácil que sería hacer las cosas bien         | negative
			Y encima te cobran la maleta de mano                | negative
			Si no viajas con ellos, ¿con quién viajas?          | neutral
			@marca Atención al cliente no pudo explicar por qué me vendieron un billete de un vuelo lleno | negative
			@marca no han respondido nada, solo que borre el mensaje | negative
			Nobody could explain why my card was charged         | negative
			@marca es lo peoor                                  | negative
			""")
	void moreProblemsToldAsFactsAndProblemsSolved(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A bare "gracias" mostly closes a Spanish message as courtesy (Spanish reviews and
	 * posts to brands label it neutral), so it weighs little; thanks for something, or
	 * warm thanks, stay praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gracias                                       | neutral
			@Iberia Gracias                               | neutral
			Muchas gracias por todo                       | positive
			Gracias por la rapidez, todo perfecto         | positive
			""")
	void aBareGraciasIsCourtesy(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * What a customer cannot do is a complaint even with no opinion word ("can't log in",
	 * "no me deja pagar"); the usual phrases that praise stay praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@bank I can't log in to my account                  | negative
			@airline unable to check in online                  | negative
			@airline the site is not letting me add my KTN      | negative
			@shop your app won't let me book                    | negative
			@banco no puedo entrar en mi cuenta                 | negative
			@tienda la app no me deja pagar                     | negative
			@aerolinea no consigo hacer el check-in             | negative
			@airline agents at the gate are unable to help us   | negative
			@airline the flight still can't be booked online    | negative
			Prices that can't be beat                           | positive
			@banco nadie me pudo ayudar en la oficina           | negative
			Can't wait for my trip next week                    | positive
			I can't stop eating these, so good                  | positive
			Can't complain, the room was fine                   | positive
			No puedo quejarme, todo correcto                    | positive
			I can't live without this coffee                    | positive
			No puedo vivir sin este café                        | positive
			""")
	void whatACustomerCannotDoIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A wish for better is a complaint about what is: praise after "should", "could be",
	 * "hoping for", "esperaba", "deberían" did not happen. Praise in its own clause
	 * stays.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline the crew could be more helpful                 | negative
			@airline you should really be more proactive            | negative
			@airline it should be easier to get help                | negative
			@tienda los empleados deberían ser más amables          | negative
			@aerolinea esperaba un trato más amable                 | negative
			El desayuno podría ser mejor                            | negative
			You should try the pasta, it is great                   | positive
			Todo como esperábamos, muy correcto                     | positive
			It could be worse                                       | neutral
			@airline must be nice to take your phone off the hook   | negative
			@airline your check-in process needs work               | negative
			@tienda necesitan mejorar la atención                   | negative
			@airline hope this gets resolved                        | negative
			@Iberia espero que lo solucionen                        | negative
			@airline hope you have a great flight                   | positive
			@airline I'd love a refund for this mess                | negative
			""")
	void aWishForBetterIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

}
