package org.momentos.recovery.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneyMaps;
import org.momentos.journey.Journeys;
import org.momentos.journey.MapOverlay;
import org.momentos.journey.MapOverlay.Status;
import org.momentos.journey.MapOverlay.TouchpointMark;
import org.momentos.recovery.RecoveryFigures;
import org.momentos.recovery.RecoveryFigures.RootCauseCount;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Root causes fed back into the journey map: each touchpoint where cases found a cause is
 * marked as a pain point, with its most frequent cause and how many cases had one there.
 */
@Controller
class RootCauseMapController {

	private final RecoveryFigures figures;

	private final Journeys journeys;

	private final JourneyMaps maps;

	private final MessageSource messages;

	RootCauseMapController(RecoveryFigures figures, Journeys journeys, JourneyMaps maps, MessageSource messages) {
		this.figures = figures;
		this.journeys = journeys;
		this.maps = maps;
		this.messages = messages;
	}

	@GetMapping(path = "/w/{workspace}/recovery/journeys/{id}/root-causes.svg")
	ResponseEntity<String> map(WorkspaceAccess access, @PathVariable long id, Locale locale) {
		access.require(Permission.VIEW);
		Journey journey = this.journeys.get(access, new JourneyId(id));
		MapOverlay overlay = overlay(this.figures.rootCausesByTouchpoint(access.workspaceId()),
				"/w/" + access.slug() + "/recovery#root-causes", locale);
		String title = this.messages.getMessage("recovery.rootCauseMap.title", new Object[] { journey.name() }, locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
			.body(this.maps.svg(title, journey.current().map(), overlay, locale));
	}

	/**
	 * Counts arrive most frequent first, so the first cause seen is a touchpoint's top
	 * one.
	 */
	MapOverlay overlay(List<RootCauseCount> counts, String tableLink, Locale locale) {
		Map<UUID, Long> total = new HashMap<>();
		Map<UUID, RootCauseCount> top = new LinkedHashMap<>();
		for (RootCauseCount count : counts) {
			if (count.touchpointKey() == null) {
				continue;
			}
			total.merge(count.touchpointKey(), count.cases(), Long::sum);
			top.putIfAbsent(count.touchpointKey(), count);
		}
		Map<UUID, TouchpointMark> marks = new HashMap<>();
		top.forEach((touchpoint, cause) -> {
			String label = this.messages.getMessage("recovery.rootCause." + cause.cause(), null, locale);
			String figure = this.messages.getMessage("recovery.rootCauseMap.figure",
					new Object[] { label, total.get(touchpoint) }, locale);
			marks.put(touchpoint, new TouchpointMark(Status.BELOW_TARGETS, figure, tableLink, true, false));
		});
		return new MapOverlay(Map.of(), marks);
	}

}
