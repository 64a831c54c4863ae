package org.momentos.analytics.internal;

import java.util.EnumSet;
import java.util.List;

import org.momentos.analytics.VerdictRules;
import org.momentos.analytics.Verdicts;
import org.momentos.insight.Flag;
import org.momentos.journey.MomentKind;
import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The verdict rules of a workspace, in words and as thresholds an owner can adjust. */
@Controller
class VerdictRulesController {

	private final Verdicts verdicts;

	VerdictRulesController(Verdicts verdicts) {
		this.verdicts = verdicts;
	}

	@GetMapping("/w/{workspace}/verdict-rules")
	String rules(WorkspaceAccess access, Model model) {
		model.addAttribute("rules", this.verdicts.rulesOf(access));
		model.addAttribute("defaults", VerdictRules.DEFAULTS);
		model.addAttribute("momentKinds", MomentKind.values());
		model.addAttribute("flags", Flag.values());
		model.addAttribute("canChange", access.may(Permission.MANAGE_WORKSPACE));
		return "analytics/verdict-rules";
	}

	@PostMapping("/w/{workspace}/verdict-rules")
	String change(WorkspaceAccess access, @ModelAttribute RulesForm form, RedirectAttributes redirect) {
		access.require(Permission.MANAGE_WORKSPACE);
		try {
			int changed = this.verdicts.changeRules(access, form.toRules());
			Flash.success(redirect, "verdictRules.saved", changed);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/verdict-rules";
	}

	/** The rules form; every threshold arrives as a number. */
	record RulesForm(Integer detractorMaxNps, Integer promoterMinNps, Integer badMaxCsat, Integer magicMinCsat,
			Integer badMaxCes, Double badMaxRating, Double magicMinRating, Double badSentiment, Double severeSentiment,
			Double magicSentiment, List<MomentKind> criticalMoments, List<Flag> criticalFlags) {

		VerdictRules toRules() {
			try {
				return new VerdictRules(this.detractorMaxNps, this.promoterMinNps, this.badMaxCsat, this.magicMinCsat,
						this.badMaxCes, this.badMaxRating, this.magicMinRating, this.badSentiment, this.severeSentiment,
						this.magicSentiment,
						this.criticalMoments == null ? EnumSet.noneOf(MomentKind.class)
								: EnumSet.copyOf(this.criticalMoments),
						this.criticalFlags == null ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(this.criticalFlags));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw Problem.invalid("verdictRules.invalid");
			}
		}

	}

}
