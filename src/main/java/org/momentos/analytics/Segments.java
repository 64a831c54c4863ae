package org.momentos.analytics;

import java.time.LocalDate;
import java.util.List;

import org.momentos.analytics.internal.SegmentQueries;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;

/** Health by the values of one signal attribute (store, agent, product, channel...). */
@Service
public class Segments {

	private final SegmentQueries queries;

	Segments(SegmentQueries queries) {
		this.queries = queries;
	}

	/** The most frequent values of the attribute in the period, each with its health. */
	public List<Segment> by(WorkspaceAccess access, String attribute, LocalDate from, LocalDate to) {
		access.require(Permission.VIEW);
		return this.queries.by(access.workspaceId(), attribute, from, to)
			.stream()
			.map((segment) -> new Segment(segment.value(), segment.health()))
			.toList();
	}

	/** One value of the attribute and its health. */
	public record Segment(String value, MomentHealth health) {
	}

}
