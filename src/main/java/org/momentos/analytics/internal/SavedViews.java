package org.momentos.analytics.internal;

import java.util.List;

import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named explorer views of a workspace: private to whoever saved them, or shared with
 * every member. Anyone who may view saves private views; sharing one with the team, and
 * deleting a shared one, needs {@link Permission#EDIT_JOURNEYS} (analysts and up).
 */
@Service
class SavedViews {

	static final Permission SHARE = Permission.EDIT_JOURNEYS;

	private final JdbcClient jdbc;

	SavedViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The views the caller can see: theirs and the shared ones, by name. */
	List<View> visibleTo(WorkspaceAccess access) {
		access.require(Permission.VIEW);
		return this.jdbc.sql("""
				select id, name, query, shared, author from explorer_view
				where workspace_id = ? and (shared or author = ?) order by lower(name), id""")
			.params(access.workspaceId().value(), access.actor())
			.query((rs, row) -> new View(rs.getLong("id"), rs.getString("name"), rs.getString("query"),
					rs.getBoolean("shared"), rs.getString("author")))
			.list();
	}

	@Transactional
	long save(WorkspaceAccess access, String name, String query, boolean shared) {
		access.require(shared ? SHARE : Permission.VIEW);
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 80) {
			throw Problem.invalid("explorer.view.nameInvalid");
		}
		String cleanQuery = query == null ? "" : query.replaceAll("(^|&)page=\\d+", "").replaceFirst("^&", "");
		if (cleanQuery.length() > 2000) {
			throw Problem.invalid("explorer.view.tooLong");
		}
		try {
			return this.jdbc.sql("""
					insert into explorer_view (workspace_id, name, query, shared, author)
					values (?, ?, ?, ?, ?) returning id""")
				.params(access.workspaceId().value(), cleanName, cleanQuery, shared, access.actor())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("explorer.view.exists", cleanName);
		}
	}

	/**
	 * Deletes a view the caller sees: their own, or a shared one with the right to share.
	 */
	@Transactional
	void delete(WorkspaceAccess access, long id) {
		View view = visibleTo(access).stream()
			.filter((candidate) -> candidate.id() == id)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("explorer.view.notFound"));
		if (!view.author().equals(access.actor())) {
			access.require(SHARE);
		}
		this.jdbc.sql("delete from explorer_view where id = ? and workspace_id = ?")
			.params(id, access.workspaceId().value())
			.update();
	}

	/** A saved view: its name and the explorer query string it opens. */
	record View(long id, String name, String query, boolean shared, String author) {
	}

}
