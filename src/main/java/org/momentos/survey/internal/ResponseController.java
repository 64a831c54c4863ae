package org.momentos.survey.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.momentos.platform.Problem;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.internal.Respondents.Started;
import org.momentos.survey.internal.Respondents.Step;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public response page {@code /s/{publicId}}: anonymous, plain HTML forms (no
 * JavaScript needed), one page of questions per request, each page saved. The secret
 * token in a response's address is what lets its respondent continue; there is no session
 * (see docs/surveys.md on CSRF).
 */
@Controller
@RequestMapping("/s/{publicId}")
class ResponseController {

	static final String HONEYPOT = "website";

	private final Respondents respondents;

	private final RespondentPages pages;

	private final MessageSource messages;

	private final SurveyProperties properties;

	private final FirstPages firstPages;

	ResponseController(Respondents respondents, RespondentPages pages, MessageSource messages,
			SurveyProperties properties, FirstPages firstPages) {
		this.respondents = respondents;
		this.pages = pages;
		this.messages = messages;
		this.properties = properties;
		this.firstPages = firstPages;
	}

	@GetMapping
	ModelAndView start(@PathVariable String publicId, @RequestParam(name = "t", required = false) String token,
			@RequestParam(name = "ch", defaultValue = "link") String channel, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		Survey survey = this.respondents.openSurvey(publicId);
		if (token != null) {
			Invitation invitation = this.respondents.invitation(survey, token);
			String language = RespondentLanguage.of(request, invitation.language());
			SurveyResponse started = this.respondents.startFromInvitation(survey, invitation, language);
			if (started.complete()) {
				return message(model, language, "survey.invitation.used", 200, response);
			}
			return redirect("/s/" + publicId + "/r/" + started.token() + "?lang=" + language);
		}
		String language = RespondentLanguage.of(request, null);
		String resume = RespondentCookies.resumeToken(request, publicId);
		if (resume != null) {
			return redirect("/s/" + publicId + "/r/" + resume + "?lang=" + language);
		}
		if (alreadyAnswered(survey, request)) {
			return message(model, language, "survey.public.alreadyAnswered", 200, response);
		}
		// The page most often asked for, the same for everyone: rendered once
		// (FirstPages).
		byte[] html = this.firstPages.html(survey, language, PublicChannel.of(channel));
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
		return null; // written here: with a response parameter, no view is rendered
	}

	@PostMapping
	ModelAndView answerFirstPage(@PathVariable String publicId,
			@RequestParam(name = "ch", defaultValue = "link") String channel, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Survey survey = this.respondents.openSurvey(publicId);
		String language = RespondentLanguage.of(request, null);
		if (isBot(request)) {
			return redirect("/s/" + publicId + "/thanks?lang=" + language);
		}
		if (alreadyAnswered(survey, request)) {
			return message(model, language, "survey.public.alreadyAnswered", 200, response);
		}
		Started started = this.respondents.startPublic(survey, PublicChannel.of(channel), language,
				clientHash(survey, request), request.getParameterMap());
		if (started.response() == null) {
			Step.Missing missing = (Step.Missing) started.step();
			response.setStatus(422);
			this.pages.page(model, survey, survey.definition(), language, 1, missing.answers(), missing.questions(),
					FirstPages.action(publicId, PublicChannel.of(channel), language), false);
			return new ModelAndView("survey/respond");
		}
		RespondentCookies.keepResumeToken(response, publicId, started.response().token());
		return afterStep(survey, started.response(), 1, language, started.step(), model, response);
	}

	@GetMapping("/r/{token}")
	ModelAndView page(@PathVariable String publicId, @PathVariable String token,
			@RequestParam(name = "page", required = false) Integer page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Survey survey = this.respondents.openSurvey(publicId);
		SurveyResponse answering = this.respondents.response(survey, token);
		String language = RespondentLanguage.of(request, answering.language());
		this.respondents.changeLanguage(answering, language);
		if (answering.complete()) {
			return redirect("/s/" + publicId + "/r/" + token + "/thanks?lang=" + language);
		}
		SurveyDefinition definition = this.respondents.definitionOf(survey, answering);
		int shown = (page == null || page < 1 || page > answering.page()) ? answering.page() : page;
		response.setHeader("Cache-Control", "no-store");
		this.pages.page(model, survey, definition, language, shown, answering.answers(), List.of(),
				"/s/" + publicId + "/r/" + token + "?page=" + shown + "&lang=" + language, false);
		return new ModelAndView("survey/respond");
	}

	@PostMapping("/r/{token}")
	ModelAndView answer(@PathVariable String publicId, @PathVariable String token, @RequestParam int page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = this.respondents.openSurvey(publicId);
		SurveyResponse answering = this.respondents.response(survey, token);
		String language = RespondentLanguage.of(request, answering.language());
		if (isBot(request)) {
			return redirect("/s/" + publicId + "/thanks?lang=" + language);
		}
		if (answering.complete()) {
			return message(model, language, "survey.invitation.used", 200, response);
		}
		Step step = this.respondents.answer(survey, answering, page, language, request.getParameterMap());
		return afterStep(survey, answering, page, language, step, model, response);
	}

	@GetMapping("/r/{token}/thanks")
	ModelAndView thanks(@PathVariable String publicId, @PathVariable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Survey survey = this.respondents.openSurvey(publicId);
		SurveyResponse answered = this.respondents.response(survey, token);
		String language = RespondentLanguage.of(request, answered.language());
		if (!answered.complete()) {
			return redirect("/s/" + publicId + "/r/" + token + "?lang=" + language);
		}
		response.setHeader("Cache-Control", "no-store");
		this.pages.thanks(model, survey, this.respondents.definitionOf(survey, answered), language, answered);
		return new ModelAndView("survey/thanks");
	}

	@PostMapping("/r/{token}/consent")
	ModelAndView consent(@PathVariable String publicId, @PathVariable String token, HttpServletRequest request) {
		Survey survey = this.respondents.openSurvey(publicId);
		SurveyResponse answered = this.respondents.response(survey, token);
		this.respondents.consentToContact(survey, answered);
		return redirect("/s/" + publicId + "/r/" + token + "/thanks?lang="
				+ RespondentLanguage.of(request, answered.language()));
	}

	@GetMapping("/thanks")
	ModelAndView genericThanks(@PathVariable String publicId, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return message(model, RespondentLanguage.of(request, null), "survey.public.thanks", 200, response);
	}

	@GetMapping("/unsubscribe")
	ModelAndView confirmUnsubscribe(@PathVariable String publicId, @RequestParam("t") String token,
			HttpServletRequest request, Model model) {
		String language = this.respondents.invitationLanguage(publicId, token);
		model.addAttribute("ui", new Ui(this.messages, RespondentLanguage.of(request, language)));
		model.addAttribute("action", "/s/" + publicId + "/unsubscribe");
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return new ModelAndView("survey/unsubscribe");
	}

	@PostMapping("/unsubscribe")
	ModelAndView unsubscribe(@PathVariable String publicId, @RequestParam("t") String token, HttpServletRequest request,
			Model model) {
		String language = this.respondents.unsubscribe(publicId, token);
		model.addAttribute("ui", new Ui(this.messages, RespondentLanguage.of(request, language)));
		model.addAttribute("done", true);
		return new ModelAndView("survey/unsubscribe");
	}

	@ExceptionHandler(Problem.class)
	ModelAndView refused(Problem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
		return message(model, RespondentLanguage.of(request, null), problem.messageKey(), problem.status().value(),
				response);
	}

	private ModelAndView afterStep(Survey survey, SurveyResponse answering, int page, String language, Step step,
			Model model, HttpServletResponse response) {
		String base = "/s/" + survey.publicId() + "/r/" + answering.token();
		return switch (step) {
			case Step.NextPage next -> redirect(base + "?page=" + next.page() + "&lang=" + language);
			case Step.Done done -> {
				if (answering.invitationId() == null) {
					RespondentCookies.markAnswered(response, survey.publicId());
				}
				yield redirect(base + "/thanks?lang=" + language);
			}
			case Step.Missing missing -> {
				response.setStatus(422);
				this.pages.page(model, survey, this.respondents.definitionOf(survey, answering), language, page,
						missing.answers(), missing.questions(), base + "?page=" + page + "&lang=" + language, false);
				yield new ModelAndView("survey/respond");
			}
		};
	}

	/**
	 * A redirect made here rather than by a view resolver: every address differs (it
	 * holds the response token), so a resolved {@code redirect:} view would be created,
	 * cached and evicted under the resolver's lock on every answer.
	 */
	static ModelAndView redirect(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	private ModelAndView message(Model model, String language, String key, int status, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("ui", new Ui(this.messages, language));
		model.addAttribute("messageKey", key);
		return new ModelAndView("survey/message");
	}

	private boolean alreadyAnswered(Survey survey, HttpServletRequest request) {
		return (this.properties.duplicateCookie() && RespondentCookies.answered(request, survey.publicId()))
				|| this.respondents.answeredFrom(survey, clientHash(survey, request));
	}

	private static boolean isBot(HttpServletRequest request) {
		String trap = request.getParameter(HONEYPOT);
		return trap != null && !trap.isEmpty();
	}

	private static String clientHash(Survey survey, HttpServletRequest request) {
		return Secrets.sha256(request.getRemoteAddr() + "|" + survey.publicId());
	}

}
