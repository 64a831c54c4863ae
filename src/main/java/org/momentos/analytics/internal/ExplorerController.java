package org.momentos.analytics.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.momentos.analytics.Explorer;
import org.momentos.analytics.ExplorerFilter;
import org.momentos.analytics.Verdict;
import org.momentos.journey.Journeys;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The feedback explorer page and its CSV export. */
@Controller
class ExplorerController {

	private final Explorer explorer;

	private final Journeys journeys;

	private final SavedViews views;

	ExplorerController(Explorer explorer, Journeys journeys, SavedViews views) {
		this.explorer = explorer;
		this.journeys = journeys;
		this.views = views;
	}

	@GetMapping("/w/{workspace}/explorer")
	String explore(WorkspaceAccess access, @ModelAttribute("filter") ExplorerParameters parameters,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		ExplorerFilter filter = parameters.toFilter();
		model.addAttribute("page", this.explorer.search(access, filter, page));
		model.addAttribute("journeys", this.journeys.list(access));
		model.addAttribute("touchpoints", this.journeys.publishedTouchpoints(access.workspaceId()));
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("sorts", ExplorerFilter.Sort.values());
		model.addAttribute("sources", org.momentos.signal.SignalSource.values());
		String query = request.getQueryString() == null ? ""
				: request.getQueryString().replaceAll("(^|&)page=\\d+", "");
		model.addAttribute("query", query);
		model.addAttribute("views", this.views.visibleTo(access));
		model.addAttribute("mayShare", access.may(SavedViews.SHARE));
		return "analytics/explorer";
	}

	@GetMapping("/w/{workspace}/explorer/export.csv")
	void exportCsv(WorkspaceAccess access, @ModelAttribute ExplorerParameters parameters, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"feedback.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder()
					.setHeader("id", "source", "occurred_at", "title", "text", "nps", "csat", "ces", "verdict",
							"sentiment", "themes", "touchpoint", "attributes")
					.get());
		this.explorer.export(access, parameters.toFilter(), (result) -> {
			try {
				csv.printRecord(result.signal(), result.source(),
						DateTimeFormatter.ISO_INSTANT.format(result.occurredAt()), result.title(), result.text(),
						result.nps(), result.csat(), result.ces(), result.verdict(), result.sentiment(),
						String.join(" ", result.themes()), result.touchpointKey(), result.attributes().toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

}
