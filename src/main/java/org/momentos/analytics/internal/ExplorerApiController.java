package org.momentos.analytics.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.momentos.analytics.Explorer;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The feedback explorer as API. */
@RestController
@Tag(name = "Feedback explorer", description = "Full-text search and filters over every signal")
@SecurityRequirement(name = "apiKey")
class ExplorerApiController {

	private final Explorer explorer;

	ExplorerApiController(Explorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping(path = "/api/v1/signals/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search signals",
			description = "q: words or \"a phrase\" (Spanish and English stemming, accents ignored, -word excludes); "
					+ "filters: journey, touchpoint (repeatable), source, verdict, sentiment (negative|neutral|positive), "
					+ "theme, from, to (ISO dates, UTC days, both included), attr=key=value (repeatable); sort: NEWEST, "
					+ "OLDEST, RELEVANCE, MOST_NEGATIVE, MOST_POSITIVE; like: a signal id for more like it; page from 0, "
					+ "25 per page. 'highlighted' is safe HTML with the matching words in <mark>. 'total' counts up to "
					+ "1,000 signals: 'totalCapped' true means more than 'total' were found (not counted further).")
	Explorer.Page search(WorkspaceAccess access, @ModelAttribute ExplorerParameters parameters,
			@RequestParam(defaultValue = "0") int page) {
		return this.explorer.search(access, parameters.toFilter(), page);
	}

}
