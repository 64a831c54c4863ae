package org.momentos.journey;

import java.util.Locale;

import org.momentos.journey.internal.JourneyMapExport;
import org.momentos.journey.internal.JourneyMapSvg;

import org.springframework.stereotype.Service;

/** Draws journey maps for other modules, with what feedback says laid over them. */
@Service
public class JourneyMaps {

	private final JourneyMapSvg svg;

	private final JourneyMapExport export;

	JourneyMaps(JourneyMapSvg svg, JourneyMapExport export) {
		this.svg = svg;
		this.export = export;
	}

	public String svg(String title, JourneyMap map, MapOverlay overlay, Locale locale) {
		return this.svg.render(title, map, overlay, locale);
	}

	public byte[] png(String svg) {
		return this.export.png(svg);
	}

	public byte[] pdf(String title, String svg) {
		return this.export.pdf(title, svg);
	}

}
