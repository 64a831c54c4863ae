package org.momentos.recovery;

import java.util.ArrayList;
import java.util.List;

import org.momentos.recovery.TimelineEntry.SlaAlarmRaised;
import org.momentos.recovery.TimelineEntry.StateChanged;
import org.momentos.workspace.WorkspaceId;

/** The events that the timeline entries a {@link Case} recorded amount to. */
final class TimelineEvents {

	private TimelineEvents() {
	}

	static List<CaseEvent> of(WorkspaceId workspace, CaseId id, List<TimelineEntry> recorded) {
		List<CaseEvent> events = new ArrayList<>();
		for (TimelineEntry entry : recorded) {
			if (entry instanceof StateChanged changed) {
				switch (changed.to()) {
					case OPEN -> events
						.add(changed.from() == null ? new CaseOpened(workspace, id) : new CaseReopened(workspace, id));
					case RESOLVED -> events.add(new CaseResolved(workspace, id));
					case RECOVERED -> events.add(new CaseRecovered(workspace, id));
					case LOST -> events.add(new CaseLost(workspace, id));
					case CONTACTED -> {
					}
				}
			}
			else if (entry instanceof SlaAlarmRaised raised && raised.alarm().isBreach()) {
				events.add(new CaseEscalated(workspace, id, raised.alarm()));
			}
		}
		return events;
	}

}
