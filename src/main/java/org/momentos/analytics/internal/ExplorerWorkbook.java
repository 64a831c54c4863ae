package org.momentos.analytics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.momentos.analytics.Explorer;
import org.momentos.analytics.ExplorerResult;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The explorer's current view as an Excel workbook, written row by row and flushed every
 * {@value #FLUSH_EVERY} rows, so a 100,000-row export never sits in memory.
 */
@Controller
class ExplorerWorkbook {

	static final int FLUSH_EVERY = 1_000;

	static final String[] COLUMNS = { "id", "source", "occurred_at", "title", "text", "nps", "csat", "ces", "verdict",
			"sentiment", "themes", "touchpoint", "attributes" };

	private final Explorer explorer;

	ExplorerWorkbook(Explorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping("/w/{workspace}/explorer/export.xlsx")
	void export(WorkspaceAccess access, @ModelAttribute ExplorerParameters parameters, HttpServletResponse response)
			throws IOException {
		var filter = parameters.toFilter();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"feedback.xlsx\"");
		Workbook workbook = new Workbook(response.getOutputStream(), "Momentos", "1.0");
		Worksheet sheet = workbook.newWorksheet("Feedback");
		for (int column = 0; column < COLUMNS.length; column++) {
			sheet.value(0, column, COLUMNS[column]);
			sheet.style(0, column).bold().set();
		}
		int[] row = { 1 };
		this.explorer.export(access, filter, (result) -> {
			write(sheet, row[0], result);
			if (row[0]++ % FLUSH_EVERY == 0) {
				try {
					sheet.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
		sheet.finish();
		workbook.finish();
	}

	private static void write(Worksheet sheet, int row, ExplorerResult result) {
		sheet.value(row, 0, result.signal());
		sheet.value(row, 1, result.source());
		sheet.value(row, 2, result.occurredAt());
		sheet.style(row, 2).format("yyyy-mm-dd hh:mm").set();
		sheet.value(row, 3, result.title());
		sheet.value(row, 4, result.text());
		sheet.value(row, 5, result.nps());
		sheet.value(row, 6, result.csat());
		sheet.value(row, 7, result.ces());
		sheet.value(row, 8, result.verdict() == null ? null : result.verdict().name());
		sheet.value(row, 9, result.sentiment());
		sheet.value(row, 10, String.join(" ", result.themes()));
		sheet.value(row, 11, result.touchpointKey() == null ? null : result.touchpointKey().toString());
		sheet.value(row, 12, result.attributes().toString());
	}

}
