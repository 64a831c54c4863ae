package org.momentos.journey.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

import org.springframework.stereotype.Component;

/**
 * Exports a rendered journey map (see {@link JourneyMapSvg}) as a sharp PNG for slides
 * and chats, or as a vector PDF page for printing and board packs. Works headless.
 */
@Component
public class JourneyMapExport {

	/** A4 landscape with 12 mm margins, in CSS pixels (96 per inch), below the title. */
	private static final double PAGE_WIDTH = 1031;

	private static final double PAGE_HEIGHT = 600;

	private static final Pattern DESCRIPTION = Pattern.compile("<desc\\b[^>]*>(.*?)</desc>", Pattern.DOTALL);

	private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");

	private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)(?:px)?\"");

	private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([0-9.]+)(?:px)?\"");

	/**
	 * Fonts declared as {@code @font-face} when the machine has them, so the map inside
	 * the PDF uses the same fonts as the PNG; otherwise the PDF base fonts are used.
	 * Batik draws the map's own text as outlines, so the caption repeats the stages as
	 * text.
	 */
	private static final List<EmbeddableFont> FONTS = List.of(
			new EmbeddableFont("Liberation Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
					400),
			new EmbeddableFont("Liberation Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", 700),
			new EmbeddableFont("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 400),
			new EmbeddableFont("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 700));

	public JourneyMapExport() {
		// Batik and PDFBox use AWT for fonts and images; servers have no display.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/** The map as a PNG at twice its size, on a white background. */
	public byte[] png(String svg) {
		Size size = Size.of(svg);
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (size.width() * 2));
		transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) (size.height() * 2));
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
		}
		catch (TranscoderException ex) {
			throw new IllegalArgumentException("Cannot render the journey map as PNG: " + ex.getMessage(), ex);
		}
		return png.toByteArray();
	}

	/**
	 * The map as one landscape A4 page, scaled to fit, with the title on top and the
	 * SVG's description (the stages in order) as a caption.
	 */
	public byte[] pdf(String title, String svg) {
		String html = """
				<!DOCTYPE html>
				<html xmlns="http://www.w3.org/1999/xhtml" lang="und">
				<head>
				<title>%s</title>
				<style>
				%s
				  @page { size: A4 landscape; margin: 12mm; }
				  body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1D2939; }
				  h1 { font-size: 16pt; margin: 0 0 1mm 0; }
				  p { font-size: 7pt; color: #667085; margin: 0 0 3mm 0; }
				  svg { display: block; }
				</style>
				</head>
				<body>
				<h1>%s</h1>
				<p>%s</p>
				%s
				</body>
				</html>
				""".formatted(SvgWriter.escape(title), fontFaces(), SvgWriter.escape(title), description(svg),
				fitted(svg));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the journey map as PDF", ex);
		}
		return pdf.toByteArray();
	}

	private static String fontFaces() {
		StringBuilder css = new StringBuilder();
		for (EmbeddableFont font : FONTS) {
			if (Files.isReadable(font.file())) {
				css.append("@font-face { font-family: '%s'; font-weight: %d; src: url('%s'); }\n"
					.formatted(font.family(), font.weight(), font.file().toUri()));
			}
		}
		return css.toString();
	}

	/** The SVG's description, still escaped as XML. */
	private static String description(String svg) {
		Matcher description = DESCRIPTION.matcher(svg);
		return description.find() ? description.group(1) : "";
	}

	/**
	 * The SVG without its XML declaration, resized to fit the page; the viewBox scales
	 * it.
	 */
	private static String fitted(String svg) {
		Size size = Size.of(svg);
		double scale = Math.min(PAGE_WIDTH / size.width(), PAGE_HEIGHT / size.height());
		String body = svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
		Matcher tag = SVG_TAG.matcher(body);
		tag.find();
		String resized = tag.group()
			.replaceFirst(WIDTH.pattern(), " width=\"" + format(size.width() * scale) + "px\"")
			.replaceFirst(HEIGHT.pattern(), " height=\"" + format(size.height() * scale) + "px\"");
		return body.substring(0, tag.start()) + resized + body.substring(tag.end());
	}

	private static String format(double pixels) {
		return String.format(Locale.ROOT, "%.2f", pixels);
	}

	private record EmbeddableFont(String family, Path file, int weight) {

		EmbeddableFont(String family, String file, int weight) {
			this(family, Path.of(file), weight);
		}

	}

	/** The intrinsic size of an SVG document, from the width and height of its root. */
	private record Size(double width, double height) {

		static Size of(String svg) {
			Matcher tag = SVG_TAG.matcher(svg);
			if (!tag.find()) {
				throw new IllegalArgumentException("Not an SVG document: no <svg> element");
			}
			Matcher width = WIDTH.matcher(tag.group());
			Matcher height = HEIGHT.matcher(tag.group());
			if (!width.find() || !height.find()) {
				throw new IllegalArgumentException("The SVG root needs a width and a height in pixels");
			}
			return new Size(Double.parseDouble(width.group(1)), Double.parseDouble(height.group(1)));
		}

	}

}
