package org.momentos.insight;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the engine alone on typical 150-character comments, one thread. Run with
 * {@code ./mvnw -Pbench verify} (see docs/insight.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextAnalyzerBenchmark {

	private static final String[] COMMENTS = {
			"La comida estaba riquísima pero el servicio fue lentísimo, esperamos casi una hora para que nos trajeran la cuenta.",
			"Me cobraron dos veces el mismo mes y nadie contesta en atención al cliente, sigo esperando el reembolso. Me doy de baja.",
			"The food was great but the service was painfully slow, we waited almost an hour just to get the bill at the end.",
			"They charged me twice this month and nobody answers the phone, still waiting for my refund. I'm switching to another bank.",
			"Order arrived on time and well packed, the driver was super friendly. Will definitely order again, highly recommend 👍",
			"No está nada mal para el precio, aunque la habitación era pequeña y se oía todo el ruido de la calle por la noche." };

	private TextAnalyzer analyzer;

	private int next;

	@Setup
	public void setUp() {
		this.analyzer = TextAnalyzer.create();
	}

	@Benchmark
	public Analysis analyze() {
		this.next = (this.next + 1) % COMMENTS.length;
		return this.analyzer.analyze(COMMENTS[this.next]);
	}

}
