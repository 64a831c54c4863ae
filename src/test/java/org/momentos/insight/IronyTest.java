package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Irony, in both languages: after a sarcasm marker or a closing "NOT", and without a
 * marker, praise that closes a complaint, greets another setback or loves what is a
 * complaint.
 */
class IronyTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gracias por nada                          | negative
			Thanks for nothing                        | negative
			Yeah right, best service ever             | negative
			I just love being put on hold             | negative
			Awesome service... NOT!                   | negative
			Loved waiting two hours, not.             | negative
			Great service... NOT! Still no refund     | negative
			Three fees on a £9 burrito. very transparent 🤡 | negative
			Qué buena atención, me colgaron dos veces. Impecable 🤡 | negative
			""")
	void cheapSarcasmCues(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Lost my bag again, awesome                                  | negative
			My flight was cancelled and nobody answers the phone. Great. | negative
			Oh great, my bag is lost                                    | negative
			Still no refund after two weeks GREAT                       | negative
			Me han perdido la maleta otra vez, genial                   | negative
			Otra vez sin respuesta. Perfecto.                           | negative
			Vaya, genial, me han cancelado el vuelo                     | negative
			Aún no me deja hacer el check-in GENIAL                     | negative
			My bag was lost but they found it in an hour. Brilliant!    | positive
			Me perdieron la maleta pero la trajeron al hotel. Genial    | positive
			Great flight, thanks                                        | positive
			Brilliant, my order is lost again                           | negative
			@airline Great, my bag is lost                              | negative
			Genial, mi pedido perdido otra vez                          | negative
			Excellent, fast delivery                                    | positive
			Nice staff, slow kitchen. Mixed feelings tbh                | neutral
			Muchas gracias por nada                                     | negative
			Lo mejor: que te cuelguen el teléfono                       | negative
			Genial: otra vez sin wifi                                   | negative
			Lo mejor: la comida y el servicio                           | positive
			Lo mejor: la comida. Lo peor: el servicio                   | neutral
			""")
	void barePraiseClosingAComplaintIsIronic(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			So much for the best customer service     | negative
			@airline so much for on-time departures   | negative
			Well, so much for great customer service. | negative
			Thanks so much for your help              | positive
			thank u so much for the quick reply       | positive
			I love them so much for this              | positive
			""")
	void soMuchForTakesBackThePraiseAfterIt(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Love how they lost my bag again           | negative
			I love that my flight got cancelled       | negative
			Gotta love a 3 hour delay                 | negative
			Me encanta cómo me cancelan el vuelo      | negative
			I love how friendly the crew was          | positive
			Me encanta cómo te atienden               | positive
			Me encanta que sean tan amables           | positive
			""")
	void lovingWhatFollowsIsIronicWhenItIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Great job losing one of my bags on a direct flight | negative
			Way to go, leaving us stranded for five hours     | negative
			Buen trabajo perdiendo mi maleta otra vez         | negative
			Great job getting us home safely                  | positive
			Buen trabajo del equipo de cabina                 | positive
			""")
	void praiseOfAJobIsIronicWhenTheJobIsAComplaint(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nice, another delay                       | negative
			Awesome. Another cancelled flight         | negative
			Perfecto, otro retraso                    | negative
			Great, another flight with them!          | positive
			Genial, otra vez perfecto                 | positive
			Wonderful. Another afternoon of my life I'll never get back | negative
			Great, another trip with them and the crew were lovely again | positive
			""")
	void praiseThatGreetsAnotherSetbackIsIronic(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Great, 40 minutes on hold                 | negative
			Fantástico, 10 minutos en espera y sigo   | negative
			Great flight, 2 hours early at the gate   | positive
			""")
	void praiseThatGreetsAWaitIsIronic(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Praise on condition that the reader enjoys a setback is ironic; on a condition of
	 * taste with no setback, or one that spares it, it is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Great smart plug if you enjoy it randomly disconnecting every day           | negative
			Brilliant provider if you enjoy spending your Saturday on hold              | negative
			Great app if you love watching a loading spinner                            | negative
			Genial si te gusta esperar una hora en la cola                              | negative
			Perfect if you like spicy food                                              | positive
			Ideal si te gusta el picante                                                | positive
			A great alternative if you want less guilt                                  | positive
			""")
	void praiseForATasteOfSetbacksIsIronic(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Praise in quotation marks is the brand's word, quoted to be doubted: it weighs
	 * nothing, so the same complaint reads sharper with the quotes than without them.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Your "friendly" staff hung up on me twice                               | Your friendly staff hung up on me twice
					The "amazing" customer service left me waiting a week for a reply       | The amazing customer service left me waiting a week for a reply
					Menuda 'atención personalizada', me pasaron de un lado a otro          | Menuda atención personalizada, me pasaron de un lado a otro
					""")
	void praiseInQuotesIsTheBrandsWord(String quoted, String plain) {
		assertThat(analyzer.analyze(quoted).sentiment().score())
			.isLessThan(analyzer.analyze(plain).sentiment().score());
	}

	/**
	 * A quotation that is a sentence of its own is the writer's words, as an exported
	 * review's title and body are: its praise counts, and so does the same word later.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			"Increíble". "Un lugar lleno de historia, más de 60 salas."                      | positive
			"Espectacular". "No pude entrar porque estaba cerrado, pero por fuera es espectacular." | positive
			"Great stay". "Room was clean and the staff were lovely."                       | positive
			They call it "awesome". It arrived six days late.                               | negative
			""")
	void aQuotedTitleIsTheWritersOwnWord(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * An exclamation of praise before what follows, a handle and a comma between them, is
	 * ironic when what follows is a setback and praise when it is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Qué maravilla @Vueling, me cancelan el vuelo otra vez | negative
			Qué maravilla, todo perfecto y a tiempo               | positive
			Thanks @Delta, lost my bag again                      | negative
			Thank you @Delta, everything was perfect              | positive
			@united amazing how hard it is to talk to anyone      | negative
			Amazing how friendly the staff were                   | positive
			Increíble cómo me han tratado, todo perfecto          | positive
			""")
	void praiseBeforeACommaIsIronicWhenASetbackFollows(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Irony of posts: praise of "another" setback after a whole phrase ("Qué bien, otro
	 * retraso", "Just what I needed, another delay"), "10/10 would not fly again", "love
	 * that for me" and "because who needs..." before a complaint; sincere "Justo lo que
	 * necesitaba" and "10/10 would recommend" stay praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Qué bien, otro retraso                                     | negative
			Just what I needed, another delay                          | negative
			Justo lo que necesitaba, otro retraso                      | negative
			Justo lo que necesitaba, gracias                           | positive
			10/10 would not fly again                                  | negative
			10/10 would recommend                                      | positive
			10/10 no volvería                                          | negative
			Love that for me, stuck in Denver overnight                | negative
			Because who needs legroom anyway                           | negative
			Porque quién necesita espacio para las piernas             | negative
			Nada como una buena paella                                 | positive
			Qué ganas de volver a volar con vosotros                   | positive
			""")
	void ironyOfPosts(String text, String label) {
		assertLabel(text, label);
	}

}
