package org.momentos.survey.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The surveys of a workspace: the list, new surveys from templates, JSON export and
 * import (ours, and Qualtrics .qsf), and the workspace's contact rules.
 */
@Controller
@RequestMapping("/w/{workspace}/surveys")
class SurveyController {

	private final Surveys surveys;

	private final ContactRules contactRules;

	private final SurveyDocuments documents;

	SurveyController(Surveys surveys, ContactRules contactRules, SurveyDocuments documents) {
		this.surveys = surveys;
		this.contactRules = contactRules;
		this.documents = documents;
	}

	@GetMapping
	String list(WorkspaceAccess access, Model model) {
		model.addAttribute("surveys", this.surveys.list(access));
		model.addAttribute("templates", SurveyTemplates.all());
		model.addAttribute("touchpoints", this.surveys.touchpoints(access));
		model.addAttribute("mayEdit", access.may(Permission.EDIT_JOURNEYS));
		return "survey/list";
	}

	@PostMapping
	String create(WorkspaceAccess access, @RequestParam String name, @RequestParam(defaultValue = "") String template,
			@RequestParam(required = false) UUID touchpointKey, RedirectAttributes redirect) {
		try {
			SurveyId id = this.surveys.create(access, name, template, touchpointKey);
			Flash.success(redirect, "survey.created");
			return "redirect:/w/" + access.slug() + "/surveys/" + id;
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/surveys";
		}
	}

	@GetMapping(path = "/{id}/export.json")
	ResponseEntity<byte[]> export(WorkspaceAccess access, @PathVariable long id) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("survey-" + survey.publicId() + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.documents.export(survey).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/import")
	String importSurvey(WorkspaceAccess access, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) UUID touchpointKey, RedirectAttributes redirect, Model model)
			throws IOException {
		access.require(Permission.EDIT_JOURNEYS);
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		try {
			SurveyDocuments.Imported imported = name.toLowerCase(java.util.Locale.ROOT).endsWith(".qsf")
					? this.documents.importQsf(access, content, touchpointKey)
					: this.documents.importJson(access, content, touchpointKey);
			redirect.addFlashAttribute("skipped", imported.skipped());
			Flash.success(redirect, "survey.imported", imported.imported());
			return "redirect:/w/" + access.slug() + "/surveys/" + imported.survey();
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/surveys";
		}
	}

	@GetMapping("/settings")
	String settings(WorkspaceAccess access, Model model) {
		access.require(Permission.EDIT_JOURNEYS);
		model.addAttribute("contactDays", this.contactRules.contactDays(access.workspaceId()));
		model.addAttribute("skipped", this.contactRules.latestSkipped(access.workspaceId()));
		return "survey/settings";
	}

	@PostMapping("/settings")
	String changeSettings(WorkspaceAccess access, @RequestParam int contactDays, RedirectAttributes redirect) {
		access.require(Permission.EDIT_JOURNEYS);
		if (contactDays < 0 || contactDays > 365) {
			Flash.error(redirect, Problem.invalid("survey.settings.contactDays.invalid"));
		}
		else {
			this.contactRules.changeContactDays(access.workspaceId(), contactDays);
			Flash.success(redirect, "survey.saved");
		}
		return "redirect:/w/" + access.slug() + "/surveys/settings";
	}

}
