package org.momentos.insight.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A duration counts as waiting only with a waiting word near it, in either language. */
class WaitDurationsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			we waited 40 min for our bags                 | true
			2 hours on hold                               | true
			on the phone for over an hour                 | true
			47 minutes on the runway so far               | true
			delayed 3hrs again                            | true
			llevo una hora esperando                      | true
			dos horas de espera en el mostrador           | true
			we waited forty minutes for a table           | true
			esperamos cuarenta minutos para pedir         | true
			el vuelo salió con 2h de retraso              | true
			ya van 40 minutos                             | true
			5 días y contando                             | true
			three weeks and still no reply                | true
			dos meses sin respuesta                       | true
			más de 20 minutos en el teléfono              | true
			dos horas intentando hablar con alguien       | true
			two hours trying to reach someone             | true
			a 2 hour flight to Denver                     | false
			the spa is open 24 hours                      | false
			un vuelo de dos horas                         | false
			waiting for my flight                         | false
			""")
	void aDurationSpentWaiting(String text, boolean waiting) {
		assertThat(WaitDurations.in(Tokenizer.tokenize(text))).as(text).isEqualTo(waiting);
	}

}
