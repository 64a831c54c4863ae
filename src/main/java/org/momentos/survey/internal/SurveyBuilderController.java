package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.survey.Text;
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
 * The survey builder: plain forms to change texts and questions (both languages side by
 * side), reorder and delete them, set display logic, bind the touchpoint, open and close;
 * and the preview, drawn by the respondent page itself.
 */
@Controller
@RequestMapping("/w/{workspace}/surveys/{id}")
class SurveyBuilderController {

	private final Surveys surveys;

	private final RespondentPages pages;

	SurveyBuilderController(Surveys surveys, RespondentPages pages) {
		this.surveys = surveys;
		this.pages = pages;
	}

	@GetMapping
	String builder(WorkspaceAccess access, @PathVariable long id, Model model) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		model.addAttribute("survey", survey);
		model.addAttribute("definition", survey.definition());
		model.addAttribute("touchpoint", this.surveys.touchpointOf(survey).orElse(null));
		model.addAttribute("touchpoints", this.surveys.touchpoints(access));
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("optionsText", optionsText(survey.definition()));
		model.addAttribute("mayEdit", access.may(Permission.EDIT_JOURNEYS));
		return "survey/builder";
	}

	@PostMapping("/details")
	String details(WorkspaceAccess access, @PathVariable long id, @RequestParam String name,
			@RequestParam(required = false) UUID touchpointKey, RedirectAttributes redirect) {
		return act(access, id, redirect, "",
				() -> this.surveys.changeDetails(access, new SurveyId(id), name, touchpointKey));
	}

	@PostMapping("/texts")
	String texts(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return edit(access, id, version, redirect, "texts",
				(definition) -> new SurveyDefinition(text(form, "title"), text(form, "intro"), definition.questions(),
						text(form, "thanks"), text(form, "thanksDetractor"), text(form, "thanksPromoter"),
						form.get("reviewUrl"), form.containsKey("askContactConsent")));
	}

	@PostMapping("/questions")
	String addQuestion(WorkspaceAccess access, @PathVariable long id, @RequestParam int version,
			@ModelAttribute QuestionForm form, RedirectAttributes redirect) {
		return edit(access, id, version, redirect, "questions", (definition) -> {
			List<Question> questions = new ArrayList<>(definition.questions());
			int lastPage = Math.max(definition.pageCount(), 1);
			questions.add(form.toQuestion(newKey(definition, form.type()), lastPage));
			return definition.withQuestions(questions);
		});
	}

	@PostMapping("/questions/{key}")
	String changeQuestion(WorkspaceAccess access, @PathVariable long id, @PathVariable String key,
			@RequestParam int version, @ModelAttribute QuestionForm form, RedirectAttributes redirect) {
		return edit(access, id, version, redirect, "question-" + key,
				(definition) -> definition.withQuestions(definition.questions()
					.stream()
					.map((question) -> question.key().equals(key) ? form.toQuestion(key, question.page()) : question)
					.sorted(java.util.Comparator.comparingInt(Question::page))
					.toList()));
	}

	@PostMapping("/questions/{key}/move")
	String moveQuestion(WorkspaceAccess access, @PathVariable long id, @PathVariable String key,
			@RequestParam int version, @RequestParam int offset, RedirectAttributes redirect) {
		return edit(access, id, version, redirect, "question-" + key, (definition) -> {
			List<Question> questions = new ArrayList<>(definition.questions());
			int from = indexOf(questions, key);
			int to = from + Integer.signum(offset);
			if (to < 0 || to >= questions.size()) {
				return definition;
			}
			// The question swaps places; each place keeps its page, so the page layout
			// stays.
			Question moving = questions.get(from);
			Question other = questions.get(to);
			questions.set(from, other.withPage(moving.page()));
			questions.set(to, moving.withPage(other.page()));
			return definition.withQuestions(questions);
		});
	}

	@PostMapping("/questions/{key}/delete")
	String deleteQuestion(WorkspaceAccess access, @PathVariable long id, @PathVariable String key,
			@RequestParam int version, RedirectAttributes redirect) {
		return edit(access, id, version, redirect, "questions", (definition) -> {
			indexOf(definition.questions(), key);
			return definition.withQuestions(
					definition.questions().stream().filter((question) -> !question.key().equals(key)).toList());
		});
	}

	@PostMapping("/open")
	String open(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		return act(access, id, redirect, "", () -> this.surveys.open(access, new SurveyId(id)));
	}

	@PostMapping("/close")
	String close(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		return act(access, id, redirect, "", () -> this.surveys.close(access, new SurveyId(id)));
	}

	@PostMapping("/delete")
	String delete(WorkspaceAccess access, @PathVariable long id, RedirectAttributes redirect) {
		this.surveys.delete(access, new SurveyId(id));
		Flash.success(redirect, "survey.deleted");
		return "redirect:/w/" + access.slug() + "/surveys";
	}

	/**
	 * The preview: the respondent page itself, with answers carried from page to page in
	 * the address instead of being stored, so display logic works as it will live.
	 */
	@GetMapping("/preview")
	String preview(WorkspaceAccess access, @PathVariable long id,
			@RequestParam(name = "from", defaultValue = "0") int from, HttpServletRequest request, Model model) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		SurveyDefinition definition = survey.definition();
		String language = RespondentLanguage.of(request, null);
		Map<String, Object> answers = new LinkedHashMap<>();
		List<String> missing = List.of();
		int page = 1;
		for (int each = 1; each <= Math.min(from, definition.pageCount()); each++) {
			List<Question> visible = definition.visible(each, answers);
			AnswerRules.PageAnswers given = AnswerRules.read(visible, only(request.getParameterMap(), visible));
			answers.putAll(given.answers());
			if (each == from && !given.isComplete()) {
				missing = given.missing();
				page = from;
				break;
			}
			page = Respondents.nextPage(definition, each, answers);
		}
		String action = "/w/" + access.slug() + "/surveys/" + id + "/preview";
		if (page == 0) {
			this.pages.thanks(model, survey, definition, language,
					new SurveyResponse(0, survey.workspace(), survey.id(), survey.version(), "preview", null, "link",
							language, answers, definition.pageCount(), true, false, null, Map.of(), null, null));
			model.addAttribute("preview", true);
			RespondentPages.languageSwitch(model, (Ui) model.getAttribute("ui"), action);
			return "survey/thanks";
		}
		int shown = page;
		this.pages.page(model, survey, definition, language, shown, answers, missing, action, true);
		List<Map.Entry<String, String>> hidden = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			boolean onThisPage = definition.page(shown)
				.stream()
				.anyMatch((q) -> name.equals(AnswerRules.PREFIX + q.key()));
			if (name.startsWith(AnswerRules.PREFIX) && !onThisPage) {
				for (String value : values) {
					hidden.add(Map.entry(name, value));
				}
			}
		});
		model.addAttribute("hidden", hidden);
		RespondentPages.languageSwitch(model, (Ui) model.getAttribute("ui"),
				action + "?" + (request.getQueryString() == null ? ""
						: request.getQueryString().replaceAll("(^|&)lang=[a-z]*", "")));

		return "survey/respond";
	}

	private static Map<String, String[]> only(Map<String, String[]> form, List<Question> questions) {
		Map<String, String[]> page = new LinkedHashMap<>();
		questions.forEach((question) -> {
			String[] values = form.get(AnswerRules.PREFIX + question.key());
			if (values != null) {
				page.put(AnswerRules.PREFIX + question.key(), values);
			}
		});
		return page;
	}

	private static Map<String, String> optionsText(SurveyDefinition definition) {
		Map<String, String> texts = new LinkedHashMap<>();
		definition.questions()
			.forEach((question) -> texts.put(question.key(), QuestionForm.formatOptions(question.options())));
		return texts;
	}

	private static Text text(Map<String, String> form, String name) {
		return new Text(form.get(name + "Es"), form.get(name + "En"));
	}

	private static int indexOf(List<Question> questions, String key) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).key().equals(key)) {
				return i;
			}
		}
		throw Problem.notFound("survey.question.notFound");
	}

	private static String newKey(SurveyDefinition definition, QuestionType type) {
		String base = type == null ? "q" : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
		String key = base;
		for (int n = 2; definition.question(key).isPresent(); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	private String edit(WorkspaceAccess access, long id, int version, RedirectAttributes redirect, String anchor,
			UnaryOperator<SurveyDefinition> change) {
		return act(access, id, redirect, anchor, () -> this.surveys.edit(access, new SurveyId(id), version, change));
	}

	private String act(WorkspaceAccess access, long id, RedirectAttributes redirect, String anchor, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, "survey.saved");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/surveys/" + id + (anchor.isEmpty() ? "" : "#" + anchor);
	}

}
