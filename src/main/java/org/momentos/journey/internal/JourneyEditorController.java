package org.momentos.journey.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.momentos.journey.Channel;
import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.JourneyMap;
import org.momentos.journey.Journeys;
import org.momentos.journey.MomentKind;
import org.momentos.journey.Stage;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey editor. Every form carries the revision the page was drawn from; a save
 * over a newer revision is refused and the editor shows what the other person saved.
 */
@Controller
@RequestMapping("/w/{workspace}/journeys/{id}/edit")
class JourneyEditorController {

	private final Journeys journeys;

	JourneyEditorController(Journeys journeys) {
		this.journeys = journeys;
	}

	@GetMapping
	String editor(WorkspaceAccess access, @PathVariable long id, Model model) {
		access.require(Permission.EDIT_JOURNEYS);
		Journey journey = this.journeys.get(access, new JourneyId(id));
		model.addAttribute("journey", journey);
		model.addAttribute("map", journey.editableMap());
		model.addAttribute("momentKinds", MomentKind.values());
		model.addAttribute("channels", Channel.values());
		return "journey/editor";
	}

	@GetMapping("/stages/{key}/delete")
	String confirmStageDeletion(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key, Model model) {
		return confirmation(access, id, model, "stage", key);
	}

	@GetMapping("/touchpoints/{key}/delete")
	String confirmTouchpointDeletion(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			Model model) {
		return confirmation(access, id, model, "touchpoint", key);
	}

	@PostMapping("/details")
	String details(WorkspaceAccess access, @PathVariable long id, @RequestParam int revision, @RequestParam String name,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		return save(access, id, redirect, "",
				() -> this.journeys.rename(access, new JourneyId(id), revision, name, description));
	}

	@PostMapping("/stages")
	String addStage(WorkspaceAccess access, @PathVariable long id, @RequestParam int revision,
			@RequestParam String name, @RequestParam MomentKind momentKind, RedirectAttributes redirect) {
		UUID key = UUID.randomUUID();
		return edit(access, id, revision, redirect, "stage-" + key, (map) -> map.withStageAdded(new Stage(key,
				JourneyRules.checkedName(name, "journey.stage.name.invalid"), momentKind, "", List.of())));
	}

	@PostMapping("/stages/{key}")
	String changeStage(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, @RequestParam String name, @RequestParam MomentKind momentKind,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "stage-" + key,
				(map) -> map.withStageChanged(key, JourneyRules.checkedName(name, "journey.stage.name.invalid"),
						momentKind, JourneyRules.checkedText(description)));
	}

	@PostMapping("/stages/{key}/move")
	String moveStage(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key, @RequestParam int revision,
			@RequestParam int offset, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "stage-" + key, (map) -> map.withStageMoved(key, offset));
	}

	@PostMapping("/stages/{key}/delete")
	String deleteStage(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "", (map) -> map.withoutStage(key));
	}

	@PostMapping("/stages/{key}/touchpoints")
	String addTouchpoint(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, @ModelAttribute TouchpointForm form, RedirectAttributes redirect) {
		UUID touchpointKey = UUID.randomUUID();
		return edit(access, id, revision, redirect, "touchpoint-" + touchpointKey,
				(map) -> map.withTouchpointAdded(key, form.toTouchpoint(touchpointKey)));
	}

	@PostMapping("/touchpoints/{key}")
	String changeTouchpoint(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, @ModelAttribute TouchpointForm form, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "touchpoint-" + key,
				(map) -> map.withTouchpointChanged(form.toTouchpoint(key)));
	}

	@PostMapping("/touchpoints/{key}/move")
	String moveTouchpoint(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, @RequestParam int offset, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "touchpoint-" + key, (map) -> map.withTouchpointMoved(key, offset));
	}

	@PostMapping("/touchpoints/{key}/delete")
	String deleteTouchpoint(WorkspaceAccess access, @PathVariable long id, @PathVariable UUID key,
			@RequestParam int revision, RedirectAttributes redirect) {
		return edit(access, id, revision, redirect, "", (map) -> map.withoutTouchpoint(key));
	}

	@PostMapping("/publish")
	String publish(WorkspaceAccess access, @PathVariable long id, @RequestParam int revision,
			RedirectAttributes redirect) {
		try {
			int version = this.journeys.publish(access, new JourneyId(id), revision);
			Flash.success(redirect, "journey.published", version);
			return "redirect:/w/" + access.slug() + "/journeys/" + id;
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
			return "redirect:/w/" + access.slug() + "/journeys/" + id + "/edit";
		}
	}

	private String confirmation(WorkspaceAccess access, long id, Model model, String kind, UUID key) {
		access.require(Permission.EDIT_JOURNEYS);
		Journey journey = this.journeys.get(access, new JourneyId(id));
		JourneyMap map = journey.editableMap();
		try {
			String name = "stage".equals(kind) ? map.stage(key).name() : map.touchpoint(key).name();
			model.addAttribute("partName", name);
		}
		catch (JourneyMap.UnknownPart ex) {
			throw Problem.notFound("journey.part.notFound");
		}
		model.addAttribute("journey", journey);
		model.addAttribute("kind", kind);
		model.addAttribute("partKey", key);
		if ("stage".equals(kind)) {
			model.addAttribute("touchpointCount", map.stage(key).touchpoints().size());
		}
		return "journey/confirm-part-deletion";
	}

	private String edit(WorkspaceAccess access, long id, int revision, RedirectAttributes redirect, String anchor,
			UnaryOperator<JourneyMap> change) {
		return save(access, id, redirect, anchor,
				() -> this.journeys.edit(access, new JourneyId(id), revision, change));
	}

	private String save(WorkspaceAccess access, long id, RedirectAttributes redirect, String anchor,
			Supplier<Journey> action) {
		try {
			action.get();
			Flash.success(redirect, "journey.saved");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/journeys/" + id + "/edit" + (anchor.isEmpty() ? "" : "#" + anchor);
	}

}
