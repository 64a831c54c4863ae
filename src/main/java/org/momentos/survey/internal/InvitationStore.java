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

/** Invitations, unsubscribed addresses and contact settings in PostgreSQL. */
@Repository
class InvitationStore {

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(WorkspaceId workspace, SurveyId survey, String tokenHash, String customerReference, String email,
			String language, Map<String, String> attributes, String channel, String baseUrl, String status,
			String skipReason, Instant expiresAt) {
		long id = this.jdbc.sql("""
				insert into survey_invitation (workspace_id, survey_id, customer_ref, email, language,
				  attributes, channel, base_url, status, skip_reason, expires_at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?) returning id""")
			.params(workspace.value(), survey == null ? null : survey.value(), customerReference, email, language,
					SurveyJson.write(attributes), channel, baseUrl, status, skipReason,
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		if (tokenHash != null) {
			addToken(id, tokenHash);
		}
		return id;
	}

	void addToken(long invitationId, String tokenHash) {
		this.jdbc.sql("insert into survey_invitation_token (token_hash, invitation_id) values (?, ?)")
			.params(tokenHash, invitationId)
			.update();
	}

	Optional<Invitation> findByTokenHash(String tokenHash) {
		return this.jdbc.sql("""
				select i.* from survey_invitation i join survey_invitation_token t on t.invitation_id = i.id
				where t.token_hash = ?""").param(tokenHash).query(InvitationStore::invitation).optional();
	}

	Optional<Invitation> find(long id) {
		return this.jdbc.sql("select * from survey_invitation where id = ?")
			.param(id)
			.query(InvitationStore::invitation)
			.optional();
	}

	/** The latest invitation of the customer that had an address. */
	Optional<Invitation> lastWithEmail(WorkspaceId workspace, String customerReference) {
		return this.jdbc.sql("""
				select * from survey_invitation where workspace_id = ? and customer_ref = ? and email is not null
				order by id desc limit 1""")
			.params(workspace.value(), customerReference)
			.query(InvitationStore::invitation)
			.optional();
	}

	void markSent(long id) {
		this.jdbc.sql("update survey_invitation set status = 'SENT', sent_at = now() where id = ?").param(id).update();
	}

	void markMailFailed(long id) {
		this.jdbc.sql("update survey_invitation set skip_reason = 'mail-failed' where id = ?").param(id).update();
	}

	void markReminded(long id) {
		this.jdbc.sql("update survey_invitation set reminded_at = now() where id = ?").param(id).update();
	}

	/** Marks the invitation used; false when it already was (single use). */
	boolean markUsed(long id) {
		return this.jdbc
			.sql("update survey_invitation set status = 'USED', used_at = now() where id = ? and used_at is null")
			.param(id)
			.update() == 1;
	}

	/** Whether this customer was sent (or given) a survey since then. */
	boolean contactedSince(WorkspaceId workspace, String customerReference, Instant since) {
		return this.jdbc.sql("""
				select exists (select 1 from survey_invitation where workspace_id = ? and customer_ref = ?
				  and status <> 'SKIPPED' and created_at > ?)""")
			.params(workspace.value(), customerReference, Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	/** Sent invitations still unanswered, not reminded, sent before {@code before}. */
	List<Invitation> dueForReminder(Instant before, Instant now) {
		return this.jdbc.sql("""
				select * from survey_invitation where status = 'SENT' and reminded_at is null and email is not null
				  and sent_at < ? and (expires_at is null or expires_at > ?) order by id limit 500""")
			.params(Timestamp.from(before), Timestamp.from(now))
			.query(InvitationStore::invitation)
			.list();
	}

	List<Invitation> latest(WorkspaceId workspace, SurveyId survey, int limit) {
		return this.jdbc
			.sql("select * from survey_invitation where workspace_id = ? and survey_id = ? order by id desc limit ?")
			.params(workspace.value(), survey.value(), limit)
			.query(InvitationStore::invitation)
			.list();
	}

	List<Invitation> skipped(WorkspaceId workspace, int limit) {
		return this.jdbc.sql("""
				select * from survey_invitation where workspace_id = ? and status = 'SKIPPED'
				order by id desc limit ?""").params(workspace.value(), limit).query(InvitationStore::invitation).list();
	}

	/** Invitations per channel of a survey, skipped ones left out. */
	Map<String, Integer> countByChannel(SurveyId survey) {
		return this.jdbc.sql("""
				select channel, count(*) from survey_invitation where survey_id = ? and status <> 'SKIPPED'
				group by channel""")
			.param(survey.value())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void unsubscribe(WorkspaceId workspace, String emailHash) {
		this.jdbc.sql("insert into survey_unsubscribe (workspace_id, email_hash) values (?, ?) on conflict do nothing")
			.params(workspace.value(), emailHash)
			.update();
	}

	boolean isUnsubscribed(WorkspaceId workspace, String emailHash) {
		return this.jdbc
			.sql("select exists (select 1 from survey_unsubscribe where workspace_id = ? and email_hash = ?)")
			.params(workspace.value(), emailHash)
			.query(Boolean.class)
			.single();
	}

	int contactDays(WorkspaceId workspace) {
		return this.jdbc.sql("select contact_days from survey_settings where workspace_id = ?")
			.param(workspace.value())
			.query(Integer.class)
			.optional()
			.orElse(30);
	}

	void changeContactDays(WorkspaceId workspace, int days) {
		this.jdbc.sql("""
				insert into survey_settings (workspace_id, contact_days) values (?, ?)
				on conflict (workspace_id) do update set contact_days = excluded.contact_days""")
			.params(workspace.value(), days)
			.update();
	}

	static Invitation invitation(ResultSet rs, int row) throws SQLException {
		Long survey = (Long) rs.getObject("survey_id");
		return new Invitation(rs.getLong("id"), new WorkspaceId(rs.getLong("workspace_id")),
				survey == null ? null : new SurveyId(survey), rs.getString("customer_ref"), rs.getString("email"),
				rs.getString("language"), SurveyJson.attributes(rs.getString("attributes")), rs.getString("channel"),
				rs.getString("base_url"), rs.getString("status"), rs.getString("skip_reason"),
				instant(rs, "expires_at"), instant(rs, "created_at"), instant(rs, "sent_at"),
				instant(rs, "reminded_at"), instant(rs, "used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
