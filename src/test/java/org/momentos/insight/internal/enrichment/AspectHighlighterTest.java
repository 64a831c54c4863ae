package org.momentos.insight.internal.enrichment;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.momentos.insight.Aspect;
import org.momentos.insight.SentimentLabel;

import static org.assertj.core.api.Assertions.assertThat;

/** How the analysis page cuts a text into plain parts and marked aspects. */
class AspectHighlighterTest {

	private final AspectHighlighter highlighter = new AspectHighlighter();

	@Test
	void marksEachAspectInTextOrder() {
		List<AspectHighlighter.Part> parts = this.highlighter.parts("La comida excelente pero el servicio pésimo",
				List.of(new Aspect("comida", "food_drink", SentimentLabel.POSITIVE),
						new Aspect("servicio", "staff_attitude", SentimentLabel.NEGATIVE)));

		assertThat(parts).extracting(AspectHighlighter.Part::text)
			.containsExactly("La ", "comida", " excelente pero el ", "servicio", " pésimo");
		assertThat(parts.get(3).aspect().label()).isEqualTo(SentimentLabel.NEGATIVE);
	}

	@Test
	void showsTheEntitiesAnExportLeftAsTheCharactersTheyStandFor() {
		List<AspectHighlighter.Part> parts = this.highlighter.parts(
				"I don&#39;t like the customer&#39;s service &lt;b&gt;at all&lt;/b&gt;",
				List.of(new Aspect("customer's service", "customer_support", SentimentLabel.NEGATIVE)));

		assertThat(parts.stream().map(AspectHighlighter.Part::text).collect(Collectors.joining()))
			.isEqualTo("I don't like the customer's service <b>at all</b>");
		assertThat(parts).filteredOn((part) -> part.aspect() != null)
			.extracting(AspectHighlighter.Part::text)
			.containsExactly("customer's service");
	}

}
