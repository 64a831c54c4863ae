package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.momentos.analytics.Nps;
import org.momentos.analytics.PeriodChange;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Segment comparisons: health by store, agent, product, channel... each segment's NPS
 * tested against the rest of the workspace (two-sample z-test), so a manager sees which
 * ones stand out.
 */
@Controller
class SegmentsController {

	private final SegmentQueries segments;

	SegmentsController(SegmentQueries segments) {
		this.segments = segments;
	}

	@GetMapping("/w/{workspace}/segments")
	String segments(WorkspaceAccess access, @RequestParam(required = false) String attribute,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		access.require(Permission.VIEW);
		LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 3660) {
			throw Problem.invalid("analytics.period.invalid");
		}
		List<String> attributes = this.segments.attributes(access.workspaceId());
		String chosen = (attribute == null || attribute.isBlank()) ? (attributes.isEmpty() ? null : attributes.get(0))
				: attribute;
		List<SegmentQueries.Segment> rows = chosen == null ? List.of()
				: this.segments.by(access.workspaceId(), chosen, start, end);
		Nps total = new Nps(rows.stream().mapToLong((s) -> s.health().nps().promoters()).sum(),
				rows.stream().mapToLong((s) -> s.health().nps().passives()).sum(),
				rows.stream().mapToLong((s) -> s.health().nps().detractors()).sum());
		model.addAttribute("rows",
				rows.stream()
					.map((segment) -> new Row(segment,
							PeriodChange.ofNps(rest(total, segment.health().nps()), segment.health().nps())))
					.toList());
		model.addAttribute("attributes", attributes);
		model.addAttribute("attribute", chosen);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "analytics/segments";
	}

	private static Nps rest(Nps total, Nps segment) {
		return new Nps(total.promoters() - segment.promoters(), total.passives() - segment.passives(),
				total.detractors() - segment.detractors());
	}

	/** A segment with its NPS against the rest. */
	record Row(SegmentQueries.Segment segment, PeriodChange againstRest) {
	}

}
