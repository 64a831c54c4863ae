package org.momentos.journey.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JourneyTemplatesTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

	private static final JourneyTemplates templates = new JourneyTemplates();

	static Stream<JourneyTemplate> templates() {
		return templates.all().stream();
	}

	@Test
	void loadsEveryShippedTemplateInIdOrder() {
		assertThat(templates.all()).extracting(JourneyTemplate::id)
			.containsExactly("bank", "hotel", "online-shop", "restaurant", "saas-onboarding", "telecom");
	}

	@Test
	void findsTemplatesById() {
		assertThat(templates.find("online-shop"))
			.hasValueSatisfying((template) -> assertThat(template.name(Locale.ENGLISH)).isEqualTo("Online shopping"));
		assertThat(templates.find("space-tourism")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("templates")
	void speaksSpanishForSpanishLocalesAndEnglishOtherwise(JourneyTemplate template) {
		assertThat(template.name(SPANISH)).isEqualTo(template.name().es()).isNotEqualTo(template.name().en());
		assertThat(template.name(Locale.GERMAN)).isEqualTo(template.name().en());
		assertThat(template.description(SPANISH)).isNotEqualTo(template.description(Locale.ENGLISH));
	}

	@ParameterizedTest
	@MethodSource("templates")
	void writesStagesAndExpectationsInBothLanguages(JourneyTemplate template) {
		JourneyMap spanish = template.instantiate(SPANISH);
		JourneyMap english = template.instantiate(Locale.ENGLISH);
		for (int i = 0; i < spanish.stages().size(); i++) {
			Stage es = spanish.stages().get(i);
			Stage en = english.stages().get(i);
			assertThat(es.name()).isNotBlank().isNotEqualTo(en.name());
			assertThat(es.description()).isNotBlank().isNotEqualTo(en.description());
			for (int j = 0; j < es.touchpoints().size(); j++) {
				Touchpoint esTouchpoint = es.touchpoints().get(j);
				Touchpoint enTouchpoint = en.touchpoints().get(j);
				assertThat(esTouchpoint.expectation()).isNotBlank().isNotEqualTo(enTouchpoint.expectation());
				assertThat(esTouchpoint.ownerTeam()).isNotBlank();
				assertThat(enTouchpoint.ownerTeam()).isNotBlank();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void coversTheMomentsOfTruthOfABusiness(JourneyTemplate template) {
		List<MomentKind> kinds = template.stages().stream().map(JourneyTemplate.StageTemplate::momentKind).toList();
		assertThat(kinds).first().isEqualTo(MomentKind.ZERO);
		assertThat(Set.copyOf(kinds)).hasSizeGreaterThanOrEqualTo(5).contains(MomentKind.FAILURE);
		assertThat(template.stages()).hasSizeBetween(4, 8)
			.allSatisfy((stage) -> assertThat(stage.touchpoints()).hasSizeBetween(2, 4));
	}

	@ParameterizedTest
	@MethodSource("templates")
	void marksDecisiveTouchpointsAsMomentsOfTruth(JourneyTemplate template) {
		JourneyMap map = template.instantiate(Locale.ENGLISH);
		assertThat(map.stages().stream().flatMap((stage) -> stage.touchpoints().stream()))
			.anyMatch(Touchpoint::momentOfTruth)
			.anyMatch((touchpoint) -> !touchpoint.targets().isEmpty());
	}

	@ParameterizedTest
	@MethodSource("templates")
	void givesEveryInstanceFreshKeys(JourneyTemplate template) {
		Set<UUID> keys = new HashSet<>();
		int count = 0;
		for (int i = 0; i < 2; i++) {
			JourneyMap map = template.instantiate(Locale.ENGLISH);
			for (Stage stage : map.stages()) {
				keys.add(stage.key());
				stage.touchpoints().forEach((touchpoint) -> keys.add(touchpoint.key()));
				count += 1 + stage.touchpoints().size();
			}
		}
		assertThat(keys).hasSize(count);
	}

	@Test
	void namesTheFileOfATemplateWithAnUnknownChannel() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new JourneyTemplates("classpath*:journey/broken-channel/*.json"))
			.withMessageContaining("pigeon.json")
			.withMessageContaining("PIGEON");
	}

	@Test
	void namesTheFileOfATemplateMissingATranslation() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new JourneyTemplates("classpath*:journey/broken-text/*.json"))
			.withMessageContaining("only-spanish.json")
			.withMessageContaining("\"en\"");
	}

}
