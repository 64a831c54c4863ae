package org.momentos.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.momentos.analytics.internal.ExplorerQueries;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.Touchpoint;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/**
 * The feedback explorer: "press one button and see what customers say". Full-text search
 * in Spanish and English (stemmed, accents ignored, phrases), every filter, highlighting,
 * sorting, "more like this", and exports of the current view.
 */
@Service
public class Explorer {

	public static final int PAGE_SIZE = 25;

	public static final int EXPORT_LIMIT = 100_000;

	/**
	 * Views are counted up to this many signals: counting every match of a broad word
	 * over a year would cost more than finding the page.
	 */
	public static final int COUNT_CAP = 1_000;

	private final ExplorerQueries queries;

	private final Journeys journeys;

	Explorer(ExplorerQueries queries, Journeys journeys) {
		this.queries = queries;
		this.journeys = journeys;
	}

	public Page search(WorkspaceAccess access, ExplorerFilter filter, int page) {
		access.require(Permission.VIEW);
		List<UUID> touchpoints = touchpointsOf(access, filter);
		int offset = Math.max(0, page) * PAGE_SIZE;
		List<ExplorerResult> results = this.queries.search(access.workspaceId(), filter, touchpoints, offset,
				PAGE_SIZE + 1);
		boolean more = results.size() > PAGE_SIZE;
		long total = this.queries.count(access.workspaceId(), filter, touchpoints, COUNT_CAP);
		return new Page(more ? results.subList(0, PAGE_SIZE) : results, Math.max(0, page), more,
				Math.min(total, COUNT_CAP), total > COUNT_CAP);
	}

	/** Every result of the view, up to {@value #EXPORT_LIMIT}, streamed. */
	public void export(WorkspaceAccess access, ExplorerFilter filter, Consumer<ExplorerResult> sink) {
		access.require(Permission.VIEW);
		this.queries.each(access.workspaceId(), filter, touchpointsOf(access, filter), EXPORT_LIMIT, sink);
	}

	private List<UUID> touchpointsOf(WorkspaceAccess access, ExplorerFilter filter) {
		List<UUID> touchpoints = new ArrayList<>(filter.touchpoints());
		if (filter.journey() != null) {
			List<UUID> ofJourney = this.journeys.get(access, new JourneyId(filter.journey()))
				.current()
				.map()
				.stages()
				.stream()
				.flatMap((stage) -> stage.touchpoints().stream())
				.map(Touchpoint::key)
				.toList();
			if (touchpoints.isEmpty()) {
				touchpoints.addAll(ofJourney);
			}
			else {
				touchpoints.retainAll(ofJourney);
			}
		}
		return touchpoints;
	}

	/**
	 * One page of results.
	 *
	 * @param results up to {@value #PAGE_SIZE} signals
	 * @param number the page, from 0
	 * @param hasMore whether a next page exists
	 * @param total how many signals the view finds, at most {@value #COUNT_CAP}
	 * @param totalCapped whether it finds more than {@code total} (then not counted
	 * further)
	 */
	public record Page(List<ExplorerResult> results, int number, boolean hasMore, long total, boolean totalCapped) {
	}

}
