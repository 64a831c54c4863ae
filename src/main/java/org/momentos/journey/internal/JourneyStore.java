package org.momentos.journey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.momentos.journey.Channel;
import org.momentos.journey.Journey;
import org.momentos.journey.Journey.Version;
import org.momentos.journey.Journey.VersionInfo;
import org.momentos.journey.Journey.VersionStatus;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.JourneySummary;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;
import org.momentos.journey.TouchpointRef;
import org.momentos.workspace.WorkspaceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Journeys in PostgreSQL. Every statement names the workspace, so a journey of another
 * workspace is simply not found.
 */
@Repository
public class JourneyStore {

	private final JdbcClient jdbc;

	JourneyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<JourneySummary> list(WorkspaceId workspace) {
		return this.jdbc
			.sql("""
					select j.id, j.name, j.description, j.updated_at,
					  (select max(number) from journey_version v where v.journey_id = j.id and v.status = 'PUBLISHED') as published,
					  exists (select 1 from journey_version v where v.journey_id = j.id and v.status = 'DRAFT') as has_draft,
					  (select count(*) from stage s where s.version_id = cv.id) as stages,
					  (select count(*) from touchpoint t join stage s on s.id = t.stage_id where s.version_id = cv.id) as touchpoints
					from journey j
					left join lateral (select id from journey_version v where v.journey_id = j.id
					  order by (v.status = 'PUBLISHED') desc, v.number desc limit 1) cv on true
					where j.workspace_id = ? order by j.name""")
			.param(workspace.value())
			.query((rs, row) -> new JourneySummary(new JourneyId(rs.getLong("id")), rs.getString("name"),
					rs.getString("description"), rs.getInt("stages"), rs.getInt("touchpoints"),
					(Integer) rs.getObject("published"), rs.getBoolean("has_draft"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	public Optional<Journey> find(WorkspaceId workspace, JourneyId id) {
		return this.jdbc
			.sql("select name, description, revision, updated_at from journey where id = ? and workspace_id = ?")
			.params(id.value(), workspace.value())
			.query((rs, row) -> {
				List<VersionInfo> versions = versions(id);
				return new Journey(id, rs.getString("name"), rs.getString("description"), rs.getInt("revision"),
						latest(id, versions, VersionStatus.DRAFT), latest(id, versions, VersionStatus.PUBLISHED),
						versions, rs.getTimestamp("updated_at").toInstant());
			})
			.optional();
	}

	private Optional<Version> latest(JourneyId id, List<VersionInfo> versions, VersionStatus status) {
		return versions.stream()
			.filter((version) -> version.status() == status)
			.findFirst()
			.map((version) -> new Version(version.number(), status, map(id, version.number())));
	}

	public Optional<Version> version(WorkspaceId workspace, JourneyId id, int number) {
		return this.jdbc.sql("""
				select v.number, v.status from journey_version v join journey j on j.id = v.journey_id
				where j.id = ? and j.workspace_id = ? and v.number = ?""")
			.params(id.value(), workspace.value(), number)
			.query((rs, row) -> VersionStatus.valueOf(rs.getString("status")))
			.optional()
			.map((status) -> new Version(number, status, map(id, number)));
	}

	/** Touchpoints of the latest published version of every journey of the workspace. */
	public List<TouchpointRef> publishedTouchpoints(WorkspaceId workspace) {
		return this.jdbc.sql(PUBLISHED_TOUCHPOINTS + " order by j.name, s.position, t.position")
			.param(workspace.value())
			.query(JourneyStore::touchpointRef)
			.list();
	}

	public Optional<TouchpointRef> publishedTouchpoint(WorkspaceId workspace, UUID touchpointKey) {
		return this.jdbc.sql(PUBLISHED_TOUCHPOINTS + " and t.touchpoint_key = ?")
			.params(workspace.value(), touchpointKey)
			.query(JourneyStore::touchpointRef)
			.optional();
	}

	private static final String PUBLISHED_TOUCHPOINTS = """
			select j.id as journey_id, j.name as journey_name, v.number, t.touchpoint_key, t.name as touchpoint_name,
			  s.name as stage_name, s.moment_kind, t.channel, t.moment_of_truth, t.owner_team
			from journey j
			join journey_version v on v.journey_id = j.id and v.status = 'PUBLISHED'
			  and v.number = (select max(number) from journey_version p where p.journey_id = j.id and p.status = 'PUBLISHED')
			join stage s on s.version_id = v.id
			join touchpoint t on t.stage_id = s.id
			where j.workspace_id = ?""";

	private static TouchpointRef touchpointRef(ResultSet rs, int row) throws SQLException {
		return new TouchpointRef(new JourneyId(rs.getLong("journey_id")), rs.getString("journey_name"),
				rs.getInt("number"), (UUID) rs.getObject("touchpoint_key"), rs.getString("touchpoint_name"),
				rs.getString("stage_name"), MomentKind.valueOf(rs.getString("moment_kind")),
				Channel.valueOf(rs.getString("channel")), rs.getBoolean("moment_of_truth"),
				Objects.requireNonNullElse(rs.getString("owner_team"), ""));
	}

	public JourneyId create(WorkspaceId workspace, String name, String description, JourneyMap map) {
		long id = this.jdbc.sql("insert into journey (workspace_id, name, description) values (?, ?, ?) returning id")
			.params(workspace.value(), name, description)
			.query(Long.class)
			.single();
		long versionId = this.jdbc
			.sql("insert into journey_version (journey_id, number, status) values (?, 1, 'DRAFT') returning id")
			.param(id)
			.query(Long.class)
			.single();
		insertMap(versionId, map);
		return new JourneyId(id);
	}

	/**
	 * Claims the next revision of a journey; false when it is gone or someone saved
	 * first. Every write starts here, so two editors can never both save over the same
	 * revision.
	 */
	public boolean claimRevision(WorkspaceId workspace, JourneyId id, int expectedRevision) {
		return this.jdbc.sql("""
				update journey set revision = revision + 1, updated_at = now()
				where id = ? and workspace_id = ? and revision = ?""")
			.params(id.value(), workspace.value(), expectedRevision)
			.update() == 1;
	}

	public boolean exists(WorkspaceId workspace, JourneyId id) {
		return this.jdbc.sql("select exists (select 1 from journey where id = ? and workspace_id = ?)")
			.params(id.value(), workspace.value())
			.query(Boolean.class)
			.single();
	}

	public void rename(JourneyId id, String name, String description) {
		this.jdbc.sql("update journey set name = ?, description = ? where id = ?")
			.params(name, description, id.value())
			.update();
	}

	/**
	 * Replaces the draft's content, creating the draft (next version number) when there
	 * is none.
	 */
	public void saveDraft(JourneyId id, JourneyMap map) {
		Long draftId = this.jdbc.sql("select id from journey_version where journey_id = ? and status = 'DRAFT'")
			.param(id.value())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (draftId == null) {
			draftId = this.jdbc.sql("""
					insert into journey_version (journey_id, number, status)
					select ?, coalesce(max(number), 0) + 1, 'DRAFT' from journey_version where journey_id = ?
					returning id""").params(id.value(), id.value()).query(Long.class).single();
		}
		this.jdbc.sql("delete from stage where version_id = ?").param(draftId).update();
		insertMap(draftId, map);
	}

	/**
	 * Publishes the draft; returns its version number, or empty when there is no draft.
	 */
	public Optional<Integer> publishDraft(JourneyId id, String publishedBy) {
		return this.jdbc.sql("""
				update journey_version set status = 'PUBLISHED', published_at = now(), published_by = ?
				where journey_id = ? and status = 'DRAFT' returning number""")
			.params(publishedBy, id.value())
			.query(Integer.class)
			.optional();
	}

	public void delete(JourneyId id) {
		this.jdbc.sql("delete from journey where id = ?").param(id.value()).update();
	}

	private List<VersionInfo> versions(JourneyId id) {
		return this.jdbc.sql("""
				select number, status, published_at, published_by from journey_version
				where journey_id = ? order by number desc""")
			.param(id.value())
			.query((rs, row) -> new VersionInfo(rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
					instant(rs.getTimestamp("published_at")), rs.getString("published_by")))
			.list();
	}

	private JourneyMap map(JourneyId id, int number) {
		Map<Long, StageRow> stages = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.id, s.stage_key, s.name, s.moment_kind, s.description from stage s
				join journey_version v on v.id = s.version_id where v.journey_id = ? and v.number = ?
				order by s.position""")
			.params(id.value(), number)
			.query((rs, row) -> new StageRow(rs.getLong("id"), (UUID) rs.getObject("stage_key"), rs.getString("name"),
					MomentKind.valueOf(rs.getString("moment_kind")), rs.getString("description"), new ArrayList<>()))
			.list()
			.forEach((stage) -> stages.put(stage.id(), stage));
		if (!stages.isEmpty()) {
			this.jdbc.sql("""
					select t.* from touchpoint t join stage s on s.id = t.stage_id
					join journey_version v on v.id = s.version_id where v.journey_id = ? and v.number = ?
					order by t.stage_id, t.position""").params(id.value(), number).query((rs, row) -> {
				stages.get(rs.getLong("stage_id")).touchpoints().add(touchpoint(rs));
				return null;
			}).list();
		}
		return new JourneyMap(stages.values().stream().map(StageRow::toStage).toList());
	}

	private void insertMap(long versionId, JourneyMap map) {
		int stagePosition = 0;
		for (Stage stage : map.stages()) {
			long stageId = this.jdbc.sql("""
					insert into stage (version_id, stage_key, position, name, moment_kind, description)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(versionId, stage.key(), stagePosition++, stage.name(), stage.momentKind().name(),
						stage.description())
				.query(Long.class)
				.single();
			int position = 0;
			for (Touchpoint touchpoint : stage.touchpoints()) {
				Targets targets = touchpoint.targets();
				this.jdbc.sql("""
						insert into touchpoint (stage_id, touchpoint_key, position, name, channel, expectation,
						  owner_team, nps_target, csat_target, ces_target, moment_of_truth)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(stageId, touchpoint.key(), position++, touchpoint.name(), touchpoint.channel().name(),
							touchpoint.expectation(), touchpoint.ownerTeam(), targets.nps(), targets.csat(),
							targets.ces(), touchpoint.momentOfTruth())
					.update();
			}
		}
	}

	private static Touchpoint touchpoint(ResultSet rs) throws SQLException {
		Number ces = (Number) rs.getObject("ces_target");
		Targets targets = new Targets((Integer) rs.getObject("nps_target"), (Integer) rs.getObject("csat_target"),
				ces == null ? null : ces.doubleValue());
		return new Touchpoint((UUID) rs.getObject("touchpoint_key"), rs.getString("name"),
				Channel.valueOf(rs.getString("channel")), rs.getString("expectation"), rs.getString("owner_team"),
				targets, rs.getBoolean("moment_of_truth"));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record StageRow(long id, UUID key, String name, MomentKind momentKind, String description,
			List<Touchpoint> touchpoints) {

		Stage toStage() {
			return new Stage(this.key, this.name, this.momentKind, this.description, this.touchpoints);
		}

	}

}
