package org.momentos.survey.internal;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.momentos.platform.Problem;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.WorkspaceAccess;
import tools.jackson.core.JacksonException;

import org.springframework.stereotype.Component;

/**
 * Survey definitions as files: our JSON format ({@code momentos-survey}, version 1,
 * described in docs/surveys.md) both ways, and Qualtrics .qsf exports in.
 */
@Component
class SurveyDocuments {

	static final String FORMAT = "momentos-survey";

	private final Surveys surveys;

	private final AuditTrail audit;

	SurveyDocuments(Surveys surveys, AuditTrail audit) {
		this.surveys = surveys;
		this.audit = audit;
	}

	/** The exported file: format, version, name, touchpoint and definition. */
	record SurveyFile(String format, int formatVersion, String name, UUID touchpointKey, SurveyDefinition definition) {
	}

	/** What an import created, and what it left out and why. */
	record Imported(SurveyId survey, int imported, List<Skip> skipped) {
	}

	/**
	 * A question an import left out (or imported partly): its id in the file, its type
	 * there, and a message key saying why.
	 */
	record Skip(String question, String type, String reason) implements Serializable {
	}

	String export(Survey survey) {
		return SurveyJson.mapper.writerWithDefaultPrettyPrinter()
			.writeValueAsString(new SurveyFile(FORMAT, 1, survey.name(), survey.touchpointKey(), survey.definition()));
	}

	Imported importJson(WorkspaceAccess access, String json, UUID touchpointKey) {
		SurveyFile file;
		try {
			file = SurveyJson.mapper.readValue(json, SurveyFile.class);
		}
		catch (JacksonException ex) {
			throw Problem.invalid("survey.import.unreadable");
		}
		if (file == null || !FORMAT.equals(file.format()) || file.formatVersion() != 1 || file.definition() == null) {
			throw Problem.invalid("survey.import.format");
		}
		UUID touchpoint = touchpointKey != null ? touchpointKey : knownTouchpoint(access, file.touchpointKey());
		SurveyId id = this.surveys.create(access, file.name(), touchpoint, file.definition());
		this.audit.record(access, "survey.imported", file.name());
		return new Imported(id, file.definition().questions().size(), List.of());
	}

	Imported importQsf(WorkspaceAccess access, String qsf, UUID touchpointKey) {
		QsfImport.Result result = QsfImport.read(qsf);
		if (result.definition().questions().isEmpty()) {
			throw Problem.invalid("survey.import.qsf.nothing");
		}
		SurveyId id = this.surveys.create(access, result.name(), touchpointKey, result.definition());
		this.audit.record(access, "survey.imported", result.name());
		return new Imported(id, result.definition().questions().size(), result.skipped());
	}

	private UUID knownTouchpoint(WorkspaceAccess access, UUID key) {
		if (key == null) {
			return null;
		}
		return this.surveys.touchpoints(access)
			.stream()
			.filter((touchpoint) -> touchpoint.touchpointKey().equals(key))
			.findFirst()
			.map((touchpoint) -> key)
			.orElse(null);
	}

}
