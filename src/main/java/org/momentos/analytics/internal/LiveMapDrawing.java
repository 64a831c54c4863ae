package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.momentos.analytics.JourneyHealth;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyMaps;
import org.momentos.journey.MapOverlay;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Component;

/**
 * Draws a journey's map with its health laid over it (emotion curve, touchpoints coloured
 * by their targets, pain points and magic moments), each touchpoint linking to its
 * signals in the explorer: for the live page and for its PDF and PNG.
 */
@Component
class LiveMapDrawing {

	private final JourneyMaps maps;

	LiveMapDrawing(JourneyMaps maps) {
		this.maps = maps;
	}

	String svg(WorkspaceAccess access, Journey journey, JourneyHealth.Report report, LocalDate from, LocalDate to,
			Locale locale) {
		String signals = "/w/" + access.slug() + "/explorer?from=" + from + "&to=" + to + "&touchpoint=";
		MapOverlay overlay = LiveMap.overlay(report, journey.current().map().stages(), signals, locale);
		return this.maps.svg(journey.name(), journey.current().map(), overlay, locale);
	}

	byte[] png(String svg) {
		return this.maps.png(svg);
	}

	byte[] pdf(String title, String svg) {
		return this.maps.pdf(title, svg);
	}

}
