package org.momentos.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyId;
import org.momentos.survey.SurveyStatus;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Surveys in PostgreSQL; every statement names the workspace, except the lookup by public
 * id that anonymous respondents need.
 */
@Repository
public class SurveyStore {

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SurveyId create(WorkspaceId workspace, String publicId, String name, UUID touchpointKey,
			SurveyDefinition definition) {
		long id = this.jdbc.sql("""
				insert into survey (workspace_id, public_id, name, touchpoint_key, definition)
				values (?, ?, ?, ?, cast(? as jsonb)) returning id""")
			.params(workspace.value(), publicId, name, touchpointKey, SurveyJson.write(definition))
			.query(Long.class)
			.single();
		keepVersion(id, 1, definition);
		return new SurveyId(id);
	}

	public List<Survey> list(WorkspaceId workspace) {
		return this.jdbc.sql("select * from survey where workspace_id = ? order by updated_at desc")
			.param(workspace.value())
			.query(SurveyStore::survey)
			.list();
	}

	public Optional<Survey> find(WorkspaceId workspace, SurveyId id) {
		return this.jdbc.sql("select * from survey where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.query(SurveyStore::survey)
			.optional();
	}

	public Optional<Survey> findByPublicId(String publicId) {
		return this.jdbc.sql("select * from survey where public_id = ?")
			.param(publicId)
			.query(SurveyStore::survey)
			.optional();
	}

	/** The most recently changed open survey bound to this touchpoint. */
	public Optional<Survey> openFor(WorkspaceId workspace, UUID touchpointKey) {
		return this.jdbc.sql("""
				select * from survey where workspace_id = ? and touchpoint_key = ? and status = 'OPEN'
				order by updated_at desc limit 1""")
			.params(workspace.value(), touchpointKey)
			.query(SurveyStore::survey)
			.optional();
	}

	/**
	 * Saves a new version of the definition unless someone saved since
	 * {@code expectedVersion}; false then.
	 */
	public boolean saveDefinition(WorkspaceId workspace, SurveyId id, int expectedVersion,
			SurveyDefinition definition) {
		int changed = this.jdbc.sql("""
				update survey set definition = cast(? as jsonb), version = version + 1, updated_at = now()
				where workspace_id = ? and id = ? and version = ?""")
			.params(SurveyJson.write(definition), workspace.value(), id.value(), expectedVersion)
			.update();
		if (changed == 1) {
			keepVersion(id.value(), expectedVersion + 1, definition);
		}
		return changed == 1;
	}

	public void changeDetails(WorkspaceId workspace, SurveyId id, String name, UUID touchpointKey) {
		this.jdbc
			.sql("update survey set name = ?, touchpoint_key = ?, updated_at = now() where workspace_id = ? and id = ?")
			.params(name, touchpointKey, workspace.value(), id.value())
			.update();
	}

	public void changeStatus(WorkspaceId workspace, SurveyId id, SurveyStatus status) {
		this.jdbc.sql("update survey set status = ?, updated_at = now() where workspace_id = ? and id = ?")
			.params(status.name(), workspace.value(), id.value())
			.update();
	}

	public void delete(WorkspaceId workspace, SurveyId id) {
		this.jdbc.sql("delete from survey where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.update();
	}

	/** The definition a response answered, even after later edits. */
	public Optional<SurveyDefinition> definitionAt(SurveyId id, int version) {
		return this.jdbc.sql("select definition from survey_version where survey_id = ? and version = ?")
			.params(id.value(), version)
			.query(String.class)
			.optional()
			.map(SurveyJson::definition);
	}

	private void keepVersion(long id, int version, SurveyDefinition definition) {
		this.jdbc.sql("insert into survey_version (survey_id, version, definition) values (?, ?, cast(? as jsonb))")
			.params(id, version, SurveyJson.write(definition))
			.update();
	}

	static Survey survey(ResultSet rs, int row) throws SQLException {
		return new Survey(new SurveyId(rs.getLong("id")), new WorkspaceId(rs.getLong("workspace_id")),
				rs.getString("public_id"), rs.getString("name"), (UUID) rs.getObject("touchpoint_key"),
				SurveyStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				SurveyJson.definition(rs.getString("definition")), rs.getTimestamp("updated_at").toInstant());
	}

}
