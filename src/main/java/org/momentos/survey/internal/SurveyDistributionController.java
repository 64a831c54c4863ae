package org.momentos.survey.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.survey.InvitationOutcome;
import org.momentos.survey.InvitationRequest;
import org.momentos.survey.Invitations;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a survey reaches customers: its public link, QR codes to print, an embed snippet
 * for websites, and personal invitations (by mail when SMTP is configured).
 */
@Controller
@RequestMapping("/w/{workspace}/surveys/{id}")
class SurveyDistributionController {

	private final Surveys surveys;

	private final Invitations invitations;

	private final InvitationStore store;

	private final SurveyLinks links;

	private final SurveyMail mail;

	private final MessageSource messages;

	SurveyDistributionController(Surveys surveys, Invitations invitations, InvitationStore store, SurveyLinks links,
			SurveyMail mail, MessageSource messages) {
		this.messages = messages;
		this.surveys = surveys;
		this.invitations = invitations;
		this.store = store;
		this.links = links;
		this.mail = mail;
	}

	@GetMapping("/distribute")
	String distribute(WorkspaceAccess access, @PathVariable long id, Model model) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		String link = SurveyLinks.survey(this.links.base(), survey.publicId());
		model.addAttribute("survey", survey);
		model.addAttribute("link", link);
		model.addAttribute("embedEs", embedSnippet(this.links.base(), link, survey, "es"));
		model.addAttribute("embedEn", embedSnippet(this.links.base(), link, survey, "en"));
		model.addAttribute("mailConfigured", this.mail.isConfigured());
		model.addAttribute("invitations", this.store.latest(access.workspaceId(), survey.id(), 50));
		model.addAttribute("mayInvite", access.may(Permission.INVITE_CUSTOMERS) && survey.isOpen());
		return "survey/distribute";
	}

	@GetMapping("/qr.png")
	ResponseEntity<byte[]> qrPng(WorkspaceAccess access, @PathVariable long id) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache())
			.body(QrCodes.png(qrContent(survey), 1024));
	}

	@GetMapping("/qr.svg")
	ResponseEntity<byte[]> qrSvg(WorkspaceAccess access, @PathVariable long id) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrCodes.svg(qrContent(survey)).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/invitations")
	String invite(WorkspaceAccess access, @PathVariable long id, @RequestParam String customerReference,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "es") String language,
			RedirectAttributes redirect) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		try {
			InvitationOutcome outcome = this.invitations.invite(access,
					new InvitationRequest(survey.touchpointKey(), customerReference, email, language, Map.of()));
			switch (outcome) {
				case InvitationOutcome.Invited invited -> {
					redirect.addFlashAttribute("invitationLink", invited.link());
					Flash.success(redirect, invited.emailed() ? "survey.invited.mailed" : "survey.invited.link");
				}
				case InvitationOutcome.Skipped skipped ->
					Flash.error(redirect, Problem.conflict("survey.invited.skipped." + skipped.reason()));
			}
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/surveys/" + id + "/distribute";
	}

	private String qrContent(Survey survey) {
		return SurveyLinks.survey(this.links.base(), survey.publicId()) + "?ch=qr";
	}

	/**
	 * The snippet for a site in this language: the survey opens in it, and the frame's
	 * title (what a screen reader announces) is in it too.
	 */
	String embedSnippet(String base, String link, Survey survey, String language) {
		String title = this.messages.getMessage("survey.embed.frameTitle",
				new Object[] { survey.definition().title().in(language) }, Locale.forLanguageTag(language));
		return "<iframe src=\"" + link + "?ch=embed&amp;lang=" + language + "\" title=\""
				+ HtmlUtils.htmlEscape(title, "UTF-8") + "\" lang=\"" + language
				+ "\" data-momentos-survey style=\"width:100%;min-height:520px;border:0\" loading=\"lazy\"></iframe>\n"
				+ "<script src=\"" + base + "/js/survey-embed.js\" async></script>";
	}

}
