package org.momentos.journey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.momentos.journey.internal.JourneyRules;
import org.momentos.journey.internal.JourneyStore;
import org.momentos.journey.internal.JourneyTemplate;
import org.momentos.journey.internal.JourneyTemplates;
import org.momentos.platform.Problem;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journeys of a workspace: reading them, and every change, each guarded by the
 * caller's permission and by the journey's revision (a save based on an old revision is
 * refused, so two editors never silently overwrite each other).
 */
@Service
public class Journeys {

	private final JourneyStore store;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JourneyTemplates templates;

	Journeys(JourneyStore store, AuditTrail audit, ApplicationEventPublisher events, JourneyTemplates templates) {
		this.store = store;
		this.templates = templates;
		this.audit = audit;
		this.events = events;
	}

	public List<JourneySummary> list(WorkspaceAccess access) {
		access.require(Permission.VIEW);
		return this.store.list(access.workspaceId());
	}

	/**
	 * Touchpoints of the latest published versions, for other modules (a survey is bound
	 * to one, a signal is attached to one). Workspace-scoped like everything else.
	 */
	public List<TouchpointRef> publishedTouchpoints(WorkspaceId workspace) {
		return this.store.publishedTouchpoints(workspace);
	}

	/**
	 * The touchpoint with this stable key in the latest published version of its journey.
	 */
	public Optional<TouchpointRef> publishedTouchpoint(WorkspaceId workspace, UUID touchpointKey) {
		return this.store.publishedTouchpoint(workspace, touchpointKey);
	}

	/** The journey, or 404 when it does not exist in the caller's workspace. */
	public Journey get(WorkspaceAccess access, JourneyId id) {
		access.require(Permission.VIEW);
		return this.store.find(access.workspaceId(), id).orElseThrow(Journeys::notFound);
	}

	/**
	 * Version {@code number} of the journey, or what people see by default when it is
	 * null.
	 */
	public Journey.Version versionOrCurrent(WorkspaceAccess access, Journey journey, Integer number) {
		return number == null ? journey.current() : version(access, journey.id(), number);
	}

	public Journey.Version version(WorkspaceAccess access, JourneyId id, int number) {
		access.require(Permission.VIEW);
		return this.store.version(access.workspaceId(), id, number).orElseThrow(Journeys::notFound);
	}

	@Transactional
	public JourneyId create(WorkspaceAccess access, String name, String description, JourneyMap map) {
		access.require(Permission.EDIT_JOURNEYS);
		JourneyRules.check(map);
		JourneyId id = this.store.create(access.workspaceId(), JourneyRules.checkedName(name, "journey.name.invalid"),
				JourneyRules.checkedText(description), map);
		this.audit.record(access, "journey.created", name);
		return id;
	}

	/**
	 * Creates a journey from a bilingual template, in {@code language}; no name takes the
	 * template's.
	 */
	@Transactional
	public JourneyId createFromTemplate(WorkspaceAccess access, String templateId, String name, Locale language) {
		JourneyTemplate template = this.templates.find(templateId)
			.orElseThrow(() -> Problem.invalid("journey.template.unknown"));
		String title = (name == null || name.isBlank()) ? template.name(language) : name;
		return create(access, title, template.description(language), template.instantiate(language));
	}

	/**
	 * Applies an edit to the draft (creating the draft from the published version if
	 * needed).
	 */
	@Transactional
	public Journey edit(WorkspaceAccess access, JourneyId id, int expectedRevision, UnaryOperator<JourneyMap> edit) {
		Journey journey = editable(access, id, expectedRevision);
		JourneyMap changed;
		try {
			changed = edit.apply(journey.editableMap());
		}
		catch (JourneyMap.UnknownPart ex) {
			throw Problem.conflict("journey.conflict");
		}
		JourneyRules.check(changed);
		this.store.saveDraft(id, changed);
		return get(access, id);
	}

	/** Replaces name, description and the whole draft at once (the API's PUT). */
	@Transactional
	public Journey replace(WorkspaceAccess access, JourneyId id, int expectedRevision, String name, String description,
			JourneyMap map) {
		editable(access, id, expectedRevision);
		JourneyRules.check(map);
		this.store.rename(id, JourneyRules.checkedName(name, "journey.name.invalid"),
				JourneyRules.checkedText(description));
		this.store.saveDraft(id, map);
		return get(access, id);
	}

	@Transactional
	public Journey rename(WorkspaceAccess access, JourneyId id, int expectedRevision, String name, String description) {
		editable(access, id, expectedRevision);
		this.store.rename(id, JourneyRules.checkedName(name, "journey.name.invalid"),
				JourneyRules.checkedText(description));
		return get(access, id);
	}

	/** Publishes the draft as an immutable version; returns its number. */
	@Transactional
	public int publish(WorkspaceAccess access, JourneyId id, int expectedRevision) {
		Journey journey = editable(access, id, expectedRevision);
		if (journey.draft().isEmpty()) {
			throw Problem.conflict("journey.publish.nothing");
		}
		if (journey.draft().get().map().stages().isEmpty()) {
			throw Problem.invalid("journey.publish.empty");
		}
		int number = this.store.publishDraft(id, access.actor()).orElseThrow();
		this.audit.record(access, "journey.published", journey.name() + " v" + number);
		this.events.publishEvent(new JourneyPublished(access.workspaceId(), id, number));
		return number;
	}

	@Transactional
	public void delete(WorkspaceAccess access, JourneyId id) {
		access.require(Permission.EDIT_JOURNEYS);
		Journey journey = get(access, id);
		this.store.delete(id);
		this.audit.record(access, "journey.deleted", journey.name());
	}

	private Journey editable(WorkspaceAccess access, JourneyId id, int expectedRevision) {
		access.require(Permission.EDIT_JOURNEYS);
		if (!this.store.claimRevision(access.workspaceId(), id, expectedRevision)) {
			if (!this.store.exists(access.workspaceId(), id)) {
				throw notFound();
			}
			throw Problem.conflict("journey.conflict");
		}
		return this.store.find(access.workspaceId(), id).orElseThrow(Journeys::notFound);
	}

	private static Problem notFound() {
		return Problem.notFound("journey.notFound");
	}

}
