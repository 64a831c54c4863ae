package org.momentos.recovery.internal;

import org.momentos.recovery.FollowUpSurveys;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default {@link FollowUpSurveys}: each request is recorded as "to be sent" in
 * {@code recovery_follow_up_request}, where the survey module (or a person) picks it up.
 */
class RecordedFollowUps implements FollowUpSurveys {

	private final JdbcClient jdbc;

	RecordedFollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void requestFollowUp(FollowUpRequest request) {
		this.jdbc.sql("""
				insert into recovery_follow_up_request (workspace_id, case_id, customer_ref, touchpoint_key, reminder)
				values (?, ?, ?, ?, ?)""")
			.params(request.workspace().value(), request.caseId().value(), request.customerReference(),
					request.touchpointKey(), request.reminder())
			.update();
	}

}
