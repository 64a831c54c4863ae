package org.momentos.insight;

import java.util.Objects;

import org.momentos.insight.internal.InsightEngine;

/**
 * Reads customer feedback in Spanish or English the way a careful CX analyst would:
 * language, sentiment, aspects with their own polarity, themes, moment of truth, effort
 * and urgent flags. Plain Java, thread-safe, built once and shared; the lexicons are read
 * once per process, so an analyzer per workspace taxonomy is cheap.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.create();
 * Analysis analysis = analyzer.analyze("La comida bien pero el servicio pésimo");
 * }</pre>
 */
public final class TextAnalyzer {

	private final InsightEngine engine;

	private final ThemeTaxonomy taxonomy;

	private TextAnalyzer(ThemeTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.engine = new InsightEngine(taxonomy);
	}

	/** An analyzer with the default bilingual CX taxonomy. */
	public static TextAnalyzer create() {
		return new TextAnalyzer(ThemeTaxonomy.defaults());
	}

	/** An analyzer with a workspace's own taxonomy. */
	public static TextAnalyzer create(ThemeTaxonomy taxonomy) {
		return new TextAnalyzer(Objects.requireNonNull(taxonomy, "taxonomy"));
	}

	/** Analyzes a text, detecting its language. */
	public Analysis analyze(String text) {
		return analyze(text, Language.UND);
	}

	/**
	 * Analyzes a text in a known language; {@link Language#UND} detects it.
	 */
	public Analysis analyze(String text, Language language) {
		return this.engine.analyze(Objects.requireNonNull(text, "text"), Objects.requireNonNull(language, "language"));
	}

	/**
	 * The sentiment the text expresses towards one of its words or phrases, such as
	 * "servicio" in "la comida bien pero el servicio pésimo". When the target is not in
	 * the text, the sentiment of the whole text.
	 */
	public Sentiment sentimentTowards(String text, String target, Language language) {
		return this.engine.sentimentTowards(Objects.requireNonNull(text, "text"),
				Objects.requireNonNull(target, "target"), Objects.requireNonNull(language, "language"));
	}

	/**
	 * Identifies the engine's rules, lexicons and model: it changes whenever they change,
	 * so enrichments made by an older engine can be found and made again.
	 */
	public static String engineVersion() {
		return InsightEngine.version();
	}

	public ThemeTaxonomy taxonomy() {
		return this.taxonomy;
	}

}
