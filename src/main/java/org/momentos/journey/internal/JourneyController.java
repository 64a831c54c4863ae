package org.momentos.journey.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.Journeys;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Journeys of a workspace: the list, creating one (blank or from a template), the map,
 * exports.
 */
@Controller
@RequestMapping("/w/{workspace}/journeys")
class JourneyController {

	private final Journeys journeys;

	private final JourneyTemplates templates;

	private final JourneyMapSvg svg;

	private final JourneyMapExport export;

	JourneyController(Journeys journeys, JourneyTemplates templates, JourneyMapSvg svg, JourneyMapExport export) {
		this.journeys = journeys;
		this.templates = templates;
		this.svg = svg;
		this.export = export;
	}

	@GetMapping
	String list(WorkspaceAccess access, Model model) {
		model.addAttribute("journeys", this.journeys.list(access));
		return "journey/list";
	}

	@GetMapping("/new")
	String newJourney(WorkspaceAccess access, Model model) {
		access.require(Permission.EDIT_JOURNEYS);
		model.addAttribute("templates", this.templates.all());
		return "journey/new";
	}

	@PostMapping
	String create(WorkspaceAccess access, @RequestParam(required = false) String template,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) String language, Locale locale, RedirectAttributes redirect) {
		try {
			JourneyId id;
			if (template != null && !template.isBlank()) {
				Locale content = (language == null || language.isBlank()) ? locale : Locale.forLanguageTag(language);
				id = this.journeys.createFromTemplate(access, template, name, content);
			}
			else {
				id = this.journeys.create(access, name, description, JourneyMap.EMPTY);
			}
			Flash.success(redirect, "journey.created");
			return "redirect:/w/" + access.slug() + "/journeys/" + id + "/edit";
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/journeys/new";
		}
	}

	@GetMapping("/{id}")
	String show(WorkspaceAccess access, @PathVariable long id, @RequestParam(required = false) Integer version,
			Model model, Locale locale) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		Journey.Version shown = this.journeys.versionOrCurrent(access, journey, version);
		model.addAttribute("journey", journey);
		model.addAttribute("shown", shown);
		model.addAttribute("mapSvg", this.svg.render(journey.name(), shown.map(), locale));
		return "journey/show";
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(WorkspaceAccess access, @PathVariable long id, Model model) {
		access.require(Permission.EDIT_JOURNEYS);
		model.addAttribute("journey", this.journeys.get(access, new JourneyId(id)));
		return "journey/confirm-deletion";
	}

	@PostMapping("/{id}/delete")
	String delete(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		this.journeys.delete(access, journey.id());
		Flash.success(redirect, "journey.deleted", journey.name());
		return "redirect:/w/" + access.slug() + "/journeys";
	}

	@GetMapping("/{id}/map.svg")
	ResponseEntity<byte[]> exportSvg(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) Integer version, Locale locale) {
		Exported map = exported(access, id, version, locale);
		return download(map.svg().getBytes(StandardCharsets.UTF_8), MediaType.valueOf("image/svg+xml"),
				map.fileName("svg"));
	}

	@GetMapping("/{id}/map.png")
	ResponseEntity<byte[]> exportPng(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) Integer version, Locale locale) {
		Exported map = exported(access, id, version, locale);
		return download(this.export.png(map.svg()), MediaType.IMAGE_PNG, map.fileName("png"));
	}

	@GetMapping("/{id}/map.pdf")
	ResponseEntity<byte[]> exportPdf(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(required = false) Integer version, Locale locale) {
		Exported map = exported(access, id, version, locale);
		return download(this.export.pdf(map.title(), map.svg()), MediaType.APPLICATION_PDF, map.fileName("pdf"));
	}

	private Exported exported(WorkspaceAccess access, long id, Integer version, Locale locale) {
		Journey journey = this.journeys.get(access, new JourneyId(id));
		Journey.Version shown = this.journeys.versionOrCurrent(access, journey, version);
		String title = journey.name() + " · v" + shown.number();
		return new Exported(title, this.svg.render(journey.name(), shown.map(), locale),
				fileNameOf(journey.name()) + "-v" + shown.number());
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	static String fileNameOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return base.isEmpty() ? "journey" : base;
	}

	private record Exported(String title, String svg, String baseName) {

		String fileName(String extension) {
			return this.baseName + "." + extension;
		}

	}

}
