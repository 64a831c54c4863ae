package org.momentos.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.momentos.survey.SurveyId;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses in PostgreSQL; a respondent reaches theirs only through its secret token. */
@Repository
class ResponseStore {

	private final JdbcClient jdbc;

	ResponseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(WorkspaceId workspace, SurveyId survey, int version, String token, Long invitationId, String channel,
			String language, String customerReference, Map<String, String> attributes, String clientHash) {
		return this.jdbc.sql("""
				insert into survey_response (workspace_id, survey_id, survey_version, token, invitation_id, channel,
				  language, status, customer_ref, attributes, client_hash)
				values (?, ?, ?, ?, ?, ?, ?, 'PARTIAL', ?, cast(? as jsonb), ?) returning id""")
			.params(workspace.value(), survey.value(), version, token, invitationId, channel, language,
					customerReference, SurveyJson.write(attributes), clientHash)
			.query(Long.class)
			.single();
	}

	/**
	 * A public response created with its first page of answers, in one statement:
	 * {@code page} is the next page to answer, or the last one when {@code complete}.
	 */
	SurveyResponse createAnswered(WorkspaceId workspace, SurveyId survey, int version, String token, String channel,
			String language, String clientHash, Map<String, Object> answers, int page, boolean complete) {
		return this.jdbc.sql("""
				insert into survey_response (workspace_id, survey_id, survey_version, token, channel, language,
				  status, client_hash, answers, page, completed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, case when ? then now() end) returning *""")
			.params(workspace.value(), survey.value(), version, token, channel, language,
					complete ? "COMPLETE" : "PARTIAL", clientHash, SurveyJson.write(answers), page, complete)
			.query(ResponseStore::response)
			.single();
	}

	Optional<SurveyResponse> findByToken(SurveyId survey, String token) {
		return this.jdbc.sql("select * from survey_response where survey_id = ? and token = ?")
			.params(survey.value(), token)
			.query(ResponseStore::response)
			.optional();
	}

	Optional<SurveyResponse> findByInvitation(long invitationId) {
		return this.jdbc.sql("select * from survey_response where invitation_id = ?")
			.param(invitationId)
			.query(ResponseStore::response)
			.optional();
	}

	Optional<SurveyResponse> find(long id) {
		return this.jdbc.sql("select * from survey_response where id = ?")
			.param(id)
			.query(ResponseStore::response)
			.optional();
	}

	/**
	 * Saves answers and the next page, in one statement; empty (nothing saved) once the
	 * response is complete.
	 */
	Optional<SurveyResponse> saveAnswers(long id, Map<String, Object> answers, int page, String language,
			boolean complete) {
		return this.jdbc.sql("""
				update survey_response set answers = cast(? as jsonb), page = ?, language = ?,
				  status = ?, updated_at = now(), completed_at = case when ? then now() else null end
				where id = ? and status = 'PARTIAL' returning *""")
			.params(SurveyJson.write(answers), page, language, complete ? "COMPLETE" : "PARTIAL", complete, id)
			.query(ResponseStore::response)
			.optional();
	}

	/**
	 * Complete responses not yet turned into signals, oldest first, locked for this
	 * transaction (rows another converter holds are skipped).
	 */
	List<SurveyResponse> lockUnconverted(int limit) {
		return this.jdbc.sql("""
				select * from survey_response where status = 'COMPLETE' and not converted
				order by id limit ? for update skip locked""").param(limit).query(ResponseStore::response).list();
	}

	/** This response, locked for this transaction, if it is not yet a signal. */
	Optional<SurveyResponse> lockUnconverted(long id) {
		return this.jdbc.sql("select * from survey_response where id = ? and not converted for update")
			.param(id)
			.query(ResponseStore::response)
			.optional();
	}

	void changeLanguage(long id, String language) {
		this.jdbc.sql("update survey_response set language = ? where id = ?").params(language, id).update();
	}

	void consentToContact(long id) {
		this.jdbc.sql("update survey_response set contact_consent = true where id = ?").param(id).update();
	}

	/** Marks the response converted, with the signal it became (null when refused). */
	void recordConversion(long id, Long signalId) {
		this.jdbc.sql("update survey_response set converted = true, signal_id = ? where id = ?")
			.params(signalId, id)
			.update();
	}

	boolean completedFrom(SurveyId survey, String clientHash, Instant since) {
		return this.jdbc.sql("""
				select exists (select 1 from survey_response where survey_id = ? and client_hash = ?
				  and status = 'COMPLETE' and completed_at > ?)""")
			.params(survey.value(), clientHash, Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	/** Partial responses left alone since {@code before} and not yet a signal. */
	List<SurveyResponse> abandoned(Instant before, int limit) {
		return this.jdbc.sql("""
				select * from survey_response where status = 'PARTIAL' and not converted
				  and updated_at < ? and answers <> '{}'::jsonb order by updated_at limit ?""")
			.params(Timestamp.from(before), limit)
			.query(ResponseStore::response)
			.list();
	}

	List<SurveyResponse> list(WorkspaceId workspace, SurveyId survey) {
		return this.jdbc.sql("select * from survey_response where workspace_id = ? and survey_id = ? order by id")
			.params(workspace.value(), survey.value())
			.query(ResponseStore::response)
			.list();
	}

	static SurveyResponse response(ResultSet rs, int row) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new SurveyResponse(rs.getLong("id"), new WorkspaceId(rs.getLong("workspace_id")),
				new SurveyId(rs.getLong("survey_id")), rs.getInt("survey_version"), rs.getString("token"),
				(Long) rs.getObject("invitation_id"), rs.getString("channel"), rs.getString("language"),
				SurveyJson.answers(rs.getString("answers")), rs.getInt("page"),
				"COMPLETE".equals(rs.getString("status")), rs.getBoolean("contact_consent"),
				rs.getString("customer_ref"), SurveyJson.attributes(rs.getString("attributes")),
				completed == null ? null : completed.toInstant(), (Long) rs.getObject("signal_id"));
	}

}
