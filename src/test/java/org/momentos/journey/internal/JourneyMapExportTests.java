package org.momentos.journey.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.momentos.journey.JourneyMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JourneyMapExportTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	final JourneyMapExport export = new JourneyMapExport();

	final JourneyMap bank = new JourneyTemplates().find("bank").orElseThrow().instantiate(SPANISH);

	final String svg = JourneyMapSvgTests.renderer.render("Banco · recorrido 2025", this.bank, SPANISH);

	@Test
	void exportsASharpPngWithTheMapsProportions() throws Exception {
		byte[] png = this.export.png(this.svg);
		assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		JourneyMapLayout layout = new JourneyMapLayout(this.bank, SPANISH);
		assertThat(image.getWidth()).isEqualTo((int) Math.round(layout.width * 2));
		assertThat((double) image.getWidth() / image.getHeight()).isCloseTo(layout.width / layout.height, within(0.01));
	}

	@Test
	void exportsALandscapePdfWithSearchableTitleAndStages() throws Exception {
		byte[] pdf = this.export.pdf("Banco · recorrido 2025", this.svg);
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			var page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isGreaterThan(page.getHeight());
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Banco · recorrido 2025", "Apertura de cuenta", "Banca del día a día");
		}
	}

}
