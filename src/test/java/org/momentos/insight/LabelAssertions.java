package org.momentos.insight;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine the table tests of this package read their examples with. */
final class LabelAssertions {

	static final TextAnalyzer analyzer = TextAnalyzer.create();

	private LabelAssertions() {
	}

	/**
	 * The text reads with the sentiment label ({@code negative}, {@code neutral},
	 * {@code positive}).
	 */
	static void assertLabel(String text, String label) {
		assertThat(analyzer.analyze(text).sentiment().label().code()).as(text).isEqualTo(label);
	}

}
