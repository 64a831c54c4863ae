package org.momentos.survey;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.platform.Problem;
import org.momentos.survey.internal.SurveyRules;
import org.momentos.survey.internal.SurveyStore;
import org.momentos.survey.internal.SurveyTemplates;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys of a workspace: creating them from templates, editing their definition (a
 * save over a newer version is refused), binding them to a published touchpoint, opening
 * and closing them.
 */
@Service
public class Surveys {

	private static final SecureRandom random = new SecureRandom();

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final SurveyStore store;

	private final Journeys journeys;

	private final AuditTrail audit;

	Surveys(SurveyStore store, Journeys journeys, AuditTrail audit) {
		this.store = store;
		this.journeys = journeys;
		this.audit = audit;
	}

	public List<Survey> list(WorkspaceAccess access) {
		access.require(Permission.VIEW);
		return this.store.list(access.workspaceId());
	}

	/** The survey, or 404 when it is not in the caller's workspace. */
	public Survey get(WorkspaceAccess access, SurveyId id) {
		access.require(Permission.VIEW);
		return this.store.find(access.workspaceId(), id).orElseThrow(() -> Problem.notFound("survey.notFound"));
	}

	/** Creates a draft from a template (or blank when {@code templateId} is empty). */
	@Transactional
	public SurveyId create(WorkspaceAccess access, String name, String templateId, UUID touchpointKey) {
		access.require(Permission.EDIT_JOURNEYS);
		String checkedName = SurveyRules.checkedName(name);
		SurveyDefinition definition = (templateId == null || templateId.isBlank()) ? SurveyTemplates.blank(checkedName)
				: SurveyTemplates.find(templateId)
					.orElseThrow(() -> Problem.invalid("survey.template.unknown"))
					.definition();
		return create(access, checkedName, touchpointKey, definition);
	}

	/** Creates a draft with a given definition (an import). */
	@Transactional
	public SurveyId create(WorkspaceAccess access, String name, UUID touchpointKey, SurveyDefinition definition) {
		access.require(Permission.EDIT_JOURNEYS);
		SurveyRules.check(definition);
		UUID touchpoint = touchpointKey == null ? null : touchpoint(access, touchpointKey).touchpointKey();
		SurveyId id = this.store.create(access.workspaceId(), newPublicId(), SurveyRules.checkedName(name), touchpoint,
				definition);
		this.audit.record(access, "survey.created", name);
		return id;
	}

	/**
	 * Applies a change to the definition; refused if someone saved since {@code version}.
	 */
	@Transactional
	public Survey edit(WorkspaceAccess access, SurveyId id, int version, UnaryOperator<SurveyDefinition> change) {
		access.require(Permission.EDIT_JOURNEYS);
		Survey survey = get(access, id);
		SurveyDefinition changed = change.apply(survey.definition());
		SurveyRules.check(changed);
		if (!this.store.saveDefinition(access.workspaceId(), id, version, changed)) {
			throw Problem.conflict("survey.conflict");
		}
		return get(access, id);
	}

	@Transactional
	public void changeDetails(WorkspaceAccess access, SurveyId id, String name, UUID touchpointKey) {
		access.require(Permission.EDIT_JOURNEYS);
		get(access, id);
		UUID touchpoint = touchpointKey == null ? null : touchpoint(access, touchpointKey).touchpointKey();
		this.store.changeDetails(access.workspaceId(), id, SurveyRules.checkedName(name), touchpoint);
	}

	/** Opens the survey for answers; it must be bound to a published touchpoint first. */
	@Transactional
	public void open(WorkspaceAccess access, SurveyId id) {
		access.require(Permission.EDIT_JOURNEYS);
		Survey survey = get(access, id);
		if (survey.touchpointKey() == null || touchpointOf(survey).isEmpty()) {
			throw Problem.invalid("survey.open.noTouchpoint");
		}
		if (survey.definition().questions().isEmpty()) {
			throw Problem.invalid("survey.open.noQuestions");
		}
		this.store.changeStatus(access.workspaceId(), id, SurveyStatus.OPEN);
		this.audit.record(access, "survey.opened", survey.name());
	}

	@Transactional
	public void close(WorkspaceAccess access, SurveyId id) {
		access.require(Permission.EDIT_JOURNEYS);
		Survey survey = get(access, id);
		this.store.changeStatus(access.workspaceId(), id, SurveyStatus.CLOSED);
		this.audit.record(access, "survey.closed", survey.name());
	}

	@Transactional
	public void delete(WorkspaceAccess access, SurveyId id) {
		access.require(Permission.EDIT_JOURNEYS);
		Survey survey = get(access, id);
		this.store.delete(access.workspaceId(), id);
		this.audit.record(access, "survey.deleted", survey.name());
	}

	/** The touchpoint the survey is bound to, in the latest published journey version. */
	public Optional<TouchpointRef> touchpointOf(Survey survey) {
		return survey.touchpointKey() == null ? Optional.empty()
				: this.journeys.publishedTouchpoint(survey.workspace(), survey.touchpointKey());
	}

	/** Touchpoints a survey can be bound to. */
	public List<TouchpointRef> touchpoints(WorkspaceAccess access) {
		access.require(Permission.VIEW);
		return this.journeys.publishedTouchpoints(access.workspaceId());
	}

	private TouchpointRef touchpoint(WorkspaceAccess access, UUID key) {
		return this.journeys.publishedTouchpoint(access.workspaceId(), key)
			.orElseThrow(() -> Problem.invalid("survey.touchpoint.unknown"));
	}

	static String newPublicId() {
		char[] id = new char[12];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

}
