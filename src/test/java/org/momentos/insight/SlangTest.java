package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/**
 * Slang and shorthand as customers write them in posts: Latin-American and Spain Spanish,
 * and English social praise and complaints, as tables of examples.
 */
class SlangTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Qué chévere la atención                   | positive
			Está re bueno el lugar                    | positive
			Muy padre el servicio                     | positive
			El producto es muy chafa                  | negative
			Me mola mucho la app                      | positive
			El pedido llegó tardísimo, vaya cutrez    | negative
			Servicio de diez, majísimos               | positive
			El hotel está de puta madre               | positive
			Muy bn todo, grax                         | positive
			Qué bajón, se agotó otra vez              | negative
			Me quedo con las ganas de probarlo        | negative
			Sois unos sinvergüenzas                   | negative
			Ya está bien de cobrarme comisiones       | negative
			Menos mal que llegó a tiempo              | positive
			Un currazo, de primera                    | positive
			En la tienda no hacen una puta mierda     | negative
			No soporto el ruido de la calle           | negative
			Qué huevada, me cobraron dos veces        | negative
			Gracias x nada                            | negative
			""")
	void latinAmericanAndSpainSpanish(String text, String label) {
		assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline you guys rock, thanks for the upgrade | positive
			The crew came in clutch tonight              | positive
			Hats off to the team at gate B12             | positive
			@airline luv my companion pass               | positive
			@shop thnx, the parcel is here               | positive
			Your driver just made my day                 | positive
			Give Ana a gold star                         | positive
			The hotel exceeded our expectations          | positive
			Boarding was a clown show, fml               | negative
			Total shambles at the check-in desk          | negative
			Fed up with the delays                       | negative
			The front desk staff don't give a shit        | negative
			They left me high and dry                    | negative
			Waited an eternity for our mains             | negative
			Staff bent over backwards to help            | positive
			Nobody could be bothered to help             | negative
			The delivery driver threw my parcel over the fence | negative
			Chuffed to bits                              | positive
			Over the moon with it                        | positive
			They replied within the hour                 | positive
			Just what I ordered                          | positive
			Left nothing to be desired                   | positive
			No deja nada que desear                      | positive
			@Delta my bag took a different vacation than me | negative
			@AmericanAir what's the baggage allowance for basic economy? | neutral
			@JetBlue free snacks and live tv, never flying anyone else | positive
			@verizon why am I paying for 5G when I get 1 bar | negative
			@ATT your customer service is a maze         | negative
			@PlayStation servers down again on launch day, classic | negative
			""")
	void englishSocialSlang(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A swear word intensifies the opinion it stands before, and alone it is frustration,
	 * even after a negation.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@airline where's my damn bag??              | negative
			the fucking plane has not moved             | negative
			they aren't doing a damn thing              | negative
			damn good flight                            | positive
			fucking amazing crew, thank you             | positive
			""")
	void swearWords(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A laugh is mood, not a verdict: in posts to a brand it mocks as often as it enjoys,
	 * so alone it is neutral and beside an opinion it leaves the opinion as it is.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			@Iberia jajaja                            | neutral
			Ryanair haciendo de las suyas 😂😂         | neutral
			@united lol                               | neutral
			@airline hahaha                           | neutral
			Me encanta este sitio jajaja              | positive
			Love this crew lol                        | positive
			Perdieron mi maleta otra vez jajaja       | negative
			""")
	void aLaughIsNotAVerdict(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * The slang of younger customers: "mid at best", "ate and left no crumbs", "bussin",
	 * "this ain't it", "the audacity", "me renta", "habría que funar".
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			the new menu is mid at best                                   | negative
			this place ate and left no crumbs                             | positive
			the pastries are bussin fr fr                                 | positive
			not the delivery guy throwing my package over the fence 💀     | negative
			@brand this ain't it chief                                    | negative
			their customer service is giving nothing                      | negative
			the audacity to charge $8 for a water                         | negative
			the length is mid calf                                        | neutral
			me renta mucho más que la competencia                         | positive
			habría que funar a @marca por cómo tratan a los repartidores  | negative
			""")
	void slangOfYoungerCustomers(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Colloquial Spain Spanish in posts: amazement at a charge or at a nerve is a
	 * complaint, at a view is praise; "menudo viajecito", "para echarles de comer aparte"
	 * and "para mear y no echar gota" complain; "me parto con..." laughs with the brand.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Estoy flipando con lo que me han cobrado          | negative
			Estoy flipando con lo bien que ha quedado la reforma | positive
			Alucino con la cara que tienen                    | negative
			Alucinando con las vistas desde la habitación     | positive
			Menudo viajecito nos habéis dado                  | negative
			Me parto con los vídeos de @marca jajaja          | positive
			Para echarles de comer aparte                     | negative
			Es para mear y no echar gota                      | negative
			""")
	void colloquialSpainSpanish(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Slang of Argentina, Mexico and Chile: "un quilombo", "de la patada", "me quieren
	 * ver la cara", "una chanchada", "no me pescan" complain; "re zarpado" praises, a
	 * "precio zarpado" does not; quick replies from "genios" are praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			El aeropuerto era un quilombo total             | negative
			La app está de la patada                        | negative
			Me quieren ver la cara                          | negative
			Una chanchada lo que hicieron                   | negative
			Re zarpado el lugar                             | positive
			Un precio zarpado por un café                   | negative
			No me pescan en el chat                         | negative
			Al toque me respondieron, genios                | positive
			""")
	void slangOfArgentinaMexicoAndChile(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * British complaints: "a bit pants", "knackered after a month", a "cheeky charge";
	 * pants in a clothing review stay trousers.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			The app is a bit pants                          | negative
			Knackered after a month of use                  | negative
			What a cheeky charge for a paper bag            | negative
			These pants are very comfortable                | positive
			""")
	void britishComplaints(String text, String label) {
		assertLabel(text, label);
	}

}
