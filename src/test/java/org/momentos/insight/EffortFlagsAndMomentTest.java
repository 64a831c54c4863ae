package org.momentos.insight;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EffortFlagsAndMomentTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tuve que llamar tres veces para que me lo solucionaran | high
			I had to explain it again to a third agent              | high
			Me pasaron de un departamento a otro                   | high
			Fue muy fácil y rápido                                 | low
			Easy checkout, done in minutes                         | low
			La comida estaba rica                                  | unknown
			Tuve que llamar de nuevo para reclamar                 | high
			Se raya con facilidad, no la compraría de nuevo        | unknown
			I asked three times for a blanket                      | high
			Pedí varias veces una manta                            | high
			Overcharged again, third time this year                | high
			Me dieron largas durante un mes                        | high
			Estuve alojado varias veces en este hotel por trabajo  | unknown
			We have stayed here several times and love it          | unknown
			He comprado muchas veces en esta tienda                | unknown
			Me tienen dando vueltas de un área a otra              | high
			Es la tercera vez que escribo                          | high
			Siguen sin darme respuesta                             | high
			No me dejan hablar con un supervisor                   | medium
			They fobbed me off with excuses                        | high
			I've been trying to cancel for weeks                   | high
			They made it impossible to cancel                      | high
			Estuvimos dando vueltas por el centro, precioso        | unknown
			@Falabella me tienen de aquí para allá                 | high
			Renové el DNI en diez minutos, ni cola ni nada         | low
			Llevo en la cola 40 minutos                            | high
			Abrí la cuenta en 10 minutos sin ir a ninguna agencia  | low
			""")
	void effort(String text, String effort) {
		assertThat(analyzer.analyze(text).effort().code()).as(text).isEqualTo(effort);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Si no me lo arreglan me doy de baja                | churn_threat
			Fatal servicio, I'm switching to another provider  | churn_threat
			Voy a poner una denuncia, esto es una estafa       | legal_threat
			My lawyer will hear about this                     | legal_threat
			Mi hijo tuvo una reacción alérgica con el postre   | safety
			We got food poisoning after dinner                 | safety
			Thanks for nothing, I'm cancelling                 | churn_threat
			Voy a poner una reclamación en consumo             | legal_threat
			Iré a la oficina del consumidor a quejarme         | legal_threat
			El cargador echó chispas y casi se incendia        | safety
			The battery exploded while charging                | safety
			El ceviche olía raro y esa noche terminé en emergencias | safety
			El cargador se calentó tanto que casi se quema     | safety
			Huele a quemado cuando lo enchufo                  | safety
			The charger overheated and the plug went black     | safety
			I'm cancelling my membership today                 | churn_threat
			Voy a cancelar mi cuenta si no lo arreglan         | churn_threat
			This is the last time I fly with you               | churn_threat
			Es la última vez que compro aquí                   | churn_threat
			I will sue you for this                            | legal_threat
			Llamamos a la policía y nadie vino                 | legal_threat
			Cold food, rude waiter. We will never go back.     | churn_threat
			I won't be going back                              | churn_threat
			""")
	void flags(String text, String flag) {
		assertThat(analyzer.analyze(text).flags()).as(text).contains(Flag.valueOf(flag.toUpperCase()));
	}

	@ParameterizedTest(name = "{0} -> no {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'm moving to Canada next month, can I keep my account?       | churn_threat
			No me cambio ni loco, llevo diez años con vosotros            | churn_threat
			Según la OCU es la aseguradora mejor valorada                  | legal_threat
			According to the BBB they resolve most complaints in a week   | legal_threat
			Please cancel my order, thank you                             | churn_threat
			Quiero cancelar mi pedido, gracias                            | churn_threat
			@airline Felt like they were adding insult to injury          | safety
			The food court at the airport is great                        | legal_threat
			Not quite as tangy as Dirty Sue, but still vibrant            | legal_threat
			La oferta es mayor que la demanda en temporada baja           | legal_threat
			Buen ambiente y mucha vigilancia de la policía                | legal_threat
			La última vez que fui estaba lleno de gente                   | churn_threat
			Flew American last time, it was fine                          | churn_threat
			Por 55 euros me voy con Iberia estas Navidades                | churn_threat
			La comida se quemó un poco por abajo                           | safety
			Switched from the default app and I'm never going back        | churn_threat
			Once you try these you'll never go back                       | churn_threat
			I will never go back to regular oatmeal                       | churn_threat
			The car smelled of smoke                                      | safety
			La habitación olía a humo                                     | safety
			The chocolate arrived all melted                              | safety
			El helado llegó y se derritió                                 | safety
			I switched to this brand and my dog loves it                  | churn_threat
			Me pasé a esta marca y encantada                              | churn_threat
			No vuelvo a comprar otra marca                                | churn_threat
			@JetBlue free snacks and live tv, never flying anyone else    | churn_threat
			""")
	void noFlag(String text, String flag) {
		assertThat(analyzer.analyze(text).flags()).as(text).doesNotContain(Flag.valueOf(flag.toUpperCase()));
	}

	/**
	 * A question about leaving that complains of nothing is a question: neutral, though
	 * the churn flag still tells the team the customer is thinking of it.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			@MovilPeru cuanto cuesta la portabilidad a prepago?
			@Entel hola, ¿cómo hago la portabilidad manteniendo mi número?
			Is there a way to switch to an earlier flight without penalty?
			""")
	void aQuestionAboutLeavingIsNeutralAndFlagged(String text) {
		Analysis analysis = analyzer.analyze(text);
		assertThat(analysis.sentiment().label()).as(text).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(analysis.flags()).as(text).contains(Flag.CHURN_THREAT);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Why would I stay? I'm cancelling my contract!      | negative
			¿Para qué seguir? Me doy de baja, estoy harto      | negative
			""")
	void aQuestionThatComplainsOrExclaimsStillComplains(String text, String label) {
		LabelAssertions.assertLabel(text, label);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I'm moving my account to another bank after this  | churn_threat
			Voy a denunciar ante la OCU                        | legal_threat
			""")
	void flagsTheWriterRaises(String text, String flag) {
		assertThat(analyzer.analyze(text).flags()).as(text).contains(Flag.valueOf(flag.toUpperCase()));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Estaba comparando precios y leí las reseñas antes de comprar   | ZERO
			First time in the store, the staff greeted us warmly            | FIRST
			El envío llegó en dos días, el repartidor muy amable            | ACTUAL
			After two months of use the battery still lasts all day         | SECOND
			Me subieron la tarifa sin avisar en la factura                  | RELATIONSHIP
			The blender arrived broken and I want a refund                  | FAILURE
			Al poco tiempo se me rompió y aún no lo han cambiado            | FAILURE
			La lavadora se estropeó al mes de comprarla                     | FAILURE
			The zipper broke the first time I used it                       | FAILURE
			The handle fell off after three uses                            | FAILURE
			Estaba buscando una funda barata para el móvil                  | ZERO
			I left a review on Google so others know                        | ULTIMATE
			El paquete nunca llegó y el seguimiento dice entregado          | FAILURE
			No me anda el internet hace tres días                           | FAILURE
			The app keeps logging me out                                    | FAILURE
			The agent hung up on me twice                                   | FAILURE
			Me dejaron plantado, el técnico nunca vino                      | FAILURE
			The plumber never showed up                                     | FAILURE
			No sirve para nada                                              | FAILURE
			Prices went up again without notice                             | RELATIONSHIP
			Subieron los precios otra vez sin avisar                        | RELATIONSHIP
			La app se cierra cada vez que intento pagar                     | FAILURE
			The app crashes every time I open my basket                     | FAILURE
			Se lo recomendaré a todos mis amigos                            | ULTIMATE
			""")
	void moment(String text, String moment) {
		assertThat(analyzer.analyze(text).moment()).as(text).contains(InferredMoment.valueOf(moment));
	}

	/**
	 * Words that only look like a moment cue: what the customer was looking for, once
	 * found, is no research; "in my opinion" and other people's reviews are no sharing.
	 */
	@ParameterizedTest(name = "{0} -> not {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Era el producto que buscaba                       | ZERO
			Exactly what I was looking for                    | ZERO
			En mi opinión es el mejor hotel de la zona        | ULTIMATE
			Not sure why this shirt is getting bad reviews    | ULTIMATE
			""")
	void notTheMoment(String text, String moment) {
		assertThat(analyzer.analyze(text).moment()).as(text).isNotEqualTo(Optional.of(InferredMoment.valueOf(moment)));
	}

}
