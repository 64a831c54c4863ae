package org.momentos.journey.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.momentos.journey.Channel;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;
import org.w3c.dom.Document;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyMapSvgTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final JourneyMapSvg renderer = new JourneyMapSvg(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/journey-map");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static JourneyMap onlineShop(Locale locale) {
		return new JourneyTemplates().find("online-shop").orElseThrow().instantiate(locale);
	}

	@Test
	void rendersAWellFormedAccessibleSvgDocument() throws Exception {
		String svg = renderer.render("Compra online", onlineShop(SPANISH), SPANISH);
		Document document = parse(svg);
		var root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
		assertThat(root.getAttribute("width")).isNotBlank();
		assertThat(root.getAttribute("height")).isNotBlank();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).contains("journey-map-title");
		assertThat(document.getElementById("journey-map-title")).isNull();
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Compra online");
		assertThat(root.getAttribute("font-family")).endsWith("sans-serif");
	}

	@Test
	void showsEveryStageAndTouchpoint() throws Exception {
		JourneyMap map = onlineShop(Locale.ENGLISH);
		String text = parse(renderer.render("Online shopping", map, Locale.ENGLISH)).getDocumentElement()
			.getTextContent();
		for (Stage stage : map.stages()) {
			assertThat(text).contains(stage.name());
			stage.touchpoints().forEach((touchpoint) -> assertThat(text).contains(touchpoint.name()));
		}
	}

	@Test
	void escapesNamesForXml() throws Exception {
		JourneyMap map = new JourneyMap(List.of(new Stage(UUID.randomUUID(), "Tom & Jerry <b>", MomentKind.FIRST, "",
				List.of(Touchpoint.named("\"Quotes\" & 'apostrophes' <i>", Channel.WEB)))));
		String svg = renderer.render("A <script> & co", map, Locale.ENGLISH);
		String text = parse(svg).getDocumentElement().getTextContent();
		assertThat(text).contains("Tom & Jerry <b>", "\"Quotes\" & 'apostrophes' <i>", "A <script> & co");
		assertThat(svg).doesNotContain("<b>", "<i>", "<script>");
	}

	@Test
	void drawsOneLanePerChannelInUse() throws Exception {
		JourneyMap map = new JourneyMap(List.of(
				stage("Research", MomentKind.ZERO, touchpoint("Reviews", Channel.REVIEW_SITE, false),
						touchpoint("Search", Channel.WEB, false)),
				stage("Purchase", MomentKind.FIRST, touchpoint("Checkout", Channel.WEB, true),
						touchpoint("Product page", Channel.WEB, false))));
		String text = parse(renderer.render("Shop", map, Locale.ENGLISH)).getDocumentElement().getTextContent();
		assertThat(text).contains("Review sites", "Web").doesNotContain("Phone", "In person", "Invoice");
		assertThat(new JourneyMapLayout(map, Locale.ENGLISH).lanes).extracting(JourneyMapLayout.Lane::channel)
			.containsExactly(Channel.REVIEW_SITE, Channel.WEB);
	}

	@Test
	void marksMomentsOfTruthWithABadgeAndTheLegend() {
		JourneyMap map = new JourneyMap(List.of(stage("Purchase", MomentKind.FIRST,
				touchpoint("Checkout", Channel.WEB, true), touchpoint("Newsletter", Channel.EMAIL, false))));
		String svg = renderer.render("Shop", map, Locale.ENGLISH);
		assertThat(svg).contains("Checkout (Moment of truth)").contains(">Legend<").contains(">Moment of truth<");
		// One star in the legend and one on the decisive card.
		assertThat(svg.split("<polygon", -1)).hasSize(3);
	}

	@Test
	void localisesLabelsInSpanishAndEnglish() {
		String spanish = renderer.render("Compra", onlineShop(SPANISH), SPANISH);
		String english = renderer.render("Shopping", onlineShop(Locale.ENGLISH), Locale.ENGLISH);
		assertThat(spanish).contains("Momento cero (ZMOT)", "Correo electrónico", "Curva emocional",
				"La curva emocional aparecerá cuando llegue feedback", "Momento de la verdad");
		assertThat(english).contains("Zero moment (ZMOT)", "Email", "Emotion curve",
				"The emotion curve appears once feedback arrives", "Moment of truth");
	}

	@Test
	void rendersAFriendlyEmptyState() throws Exception {
		String svg = renderer.render("New journey", JourneyMap.EMPTY, SPANISH);
		assertThat(parse(svg).getDocumentElement().getTextContent()).contains("Este recorrido todavía no tiene etapas");
	}

	@Test
	void wrapsLongNamesOnThreeLinesAtMost() {
		String name = "A touchpoint with a remarkably long name that keeps going well beyond three lines of a card";
		List<String> lines = TextMeasure.wrap(name, 150, 13, true, 3);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(2)).endsWith("…");
		assertThat(lines).allSatisfy((line) -> assertThat(TextMeasure.width(line, 13, true)).isLessThanOrEqualTo(150));
	}

	static Stage stage(String name, MomentKind kind, Touchpoint... touchpoints) {
		return new Stage(UUID.randomUUID(), name, kind, "", List.of(touchpoints));
	}

	static Touchpoint touchpoint(String name, Channel channel, boolean momentOfTruth) {
		return new Touchpoint(UUID.randomUUID(), name, channel, "", "Team", Targets.NONE, momentOfTruth);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
