package org.momentos.recovery.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.momentos.recovery.CaseState;
import org.momentos.recovery.Compensation;
import org.momentos.recovery.CompensationKind;
import org.momentos.recovery.ContactChannel;
import org.momentos.recovery.ContactOutcome;
import org.momentos.recovery.FollowUpStatus;
import org.momentos.recovery.Priority;
import org.momentos.recovery.RootCause;
import org.momentos.recovery.SlaAlarm;
import org.momentos.recovery.TimelineEntry;
import org.momentos.recovery.TimelineEntry.Assigned;
import org.momentos.recovery.TimelineEntry.CompensationGiven;
import org.momentos.recovery.TimelineEntry.Contact;
import org.momentos.recovery.TimelineEntry.FollowUpChanged;
import org.momentos.recovery.TimelineEntry.Note;
import org.momentos.recovery.TimelineEntry.PriorityChanged;
import org.momentos.recovery.TimelineEntry.RootCauseChosen;
import org.momentos.recovery.TimelineEntry.SlaAlarmRaised;
import org.momentos.recovery.TimelineEntry.StateChanged;

/** Timeline entries as flat rows of {@code recovery_case_entry}, and back. */
final class TimelineRows {

	private TimelineRows() {
	}

	record Row(String kind, String text, String code, String code2, BigDecimal amount, String currency,
			UUID touchpointKey) {

		static Row of(String kind, String text, String code, String code2) {
			return new Row(kind, text, code, code2, null, "", null);
		}

	}

	static Row row(TimelineEntry entry) {
		return switch (entry) {
			case Note note -> Row.of("NOTE", note.text(), "", "");
			case Contact contact ->
				Row.of("CONTACT", contact.text(), contact.channel().name(), contact.outcome().name());
			case CompensationGiven given ->
				new Row("COMPENSATION", given.compensation().code(), given.compensation().kind().name(), "",
						given.compensation().amount(), given.compensation().currency(), null);
			case RootCauseChosen chosen ->
				new Row("ROOT_CAUSE", "", chosen.cause().name(), "", null, "", chosen.touchpointKey());
			case StateChanged changed -> Row.of("STATE", changed.reason(),
					changed.from() == null ? "" : changed.from().name(), changed.to().name());
			case Assigned assigned -> Row.of("ASSIGNED", assigned.assignee(), "", assigned.team());
			case PriorityChanged changed -> Row.of("PRIORITY", "", changed.priority().name(), "");
			case SlaAlarmRaised raised -> Row.of("SLA", raised.notified(), raised.alarm().name(), "");
			case FollowUpChanged changed -> Row.of("FOLLOW_UP", changed.detail(), changed.status().name(), "");
		};
	}

	static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getTimestamp("at").toInstant();
		String actor = rs.getString("actor");
		String text = rs.getString("text");
		String code = rs.getString("code");
		String code2 = rs.getString("code2");
		return switch (rs.getString("kind")) {
			case "NOTE" -> new Note(at, actor, text);
			case "CONTACT" -> new Contact(at, actor, ContactChannel.valueOf(code), ContactOutcome.valueOf(code2), text);
			case "COMPENSATION" -> new CompensationGiven(at, actor, new Compensation(CompensationKind.valueOf(code),
					rs.getBigDecimal("amount"), rs.getString("currency"), text));
			case "ROOT_CAUSE" ->
				new RootCauseChosen(at, actor, RootCause.valueOf(code), (UUID) rs.getObject("touchpoint_key"));
			case "STATE" -> new StateChanged(at, actor, code.isEmpty() ? null : CaseState.valueOf(code),
					CaseState.valueOf(code2), text);
			case "ASSIGNED" -> new Assigned(at, actor, text, code2);
			case "PRIORITY" -> new PriorityChanged(at, actor, Priority.valueOf(code));
			case "SLA" -> new SlaAlarmRaised(at, actor, SlaAlarm.valueOf(code), text);
			case "FOLLOW_UP" -> new FollowUpChanged(at, actor, FollowUpStatus.valueOf(code), text);
			default -> throw new IllegalStateException("unknown timeline entry " + rs.getString("kind"));
		};
	}

}
