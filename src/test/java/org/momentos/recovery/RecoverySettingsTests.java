package org.momentos.recovery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.MovableClock;
import org.momentos.analytics.Verdict;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.journey.TouchpointRef;
import org.momentos.recovery.RecoveryFigures.Period;
import org.momentos.recovery.internal.AlertRuleStore;
import org.momentos.recovery.internal.RecoverySettingsStore;
import org.momentos.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each workspace sets its own SLA targets and follow-up threshold on the settings page
 * (all or nothing, admins only, never another workspace's), and the dashboard counts the
 * cases of a period.
 */
@MomentosTest
@Import(Fixtures.class)
class RecoverySettingsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	RecoverySettingsStore settings;

	@Autowired
	RecoveryFigures figures;

	@Autowired
	MovableClock clock;

	@Autowired
	AlertRuleStore rules;

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Test
	void anAdminSetsTheWorkspacesTargetsAndOnlyNewCasesOfThatWorkspaceFollowThem() throws Exception {
		Team fast = this.fixtures.aWorkspace("Rápidos");
		Team usual = this.fixtures.aWorkspace("Normales");
		MvcResult saved = this.mvc.perform(targets(fast, "0.5", "8", "5", "9").with(user(fast.owner()))).andReturn();
		assertThat(saved.getFlashMap().get("success")).isEqualTo("recovery.targets.saved");

		CaseId quick = this.cases.open(fast.ownerAccess(), critical());
		CaseId normal = this.cases.open(usual.ownerAccess(), critical());
		assertThat(firstContactTarget(fast, quick)).isEqualTo(Duration.ofMinutes(30));
		assertThat(firstContactTarget(usual, normal)).isEqualTo(Duration.ofHours(1));
		assertThat(this.settings.thresholdOf(fast.workspace().id())).isEqualTo(new FollowUpThreshold(5, 9));
		assertThat(this.settings.thresholdOf(usual.workspace().id())).isEqualTo(FollowUpThreshold.DEFAULTS);

		String page = this.mvc
			.perform(get("/w/" + fast.slug() + "/recovery/settings").header("Accept-Language", "es")
				.with(user(fast.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Plazos del SLA y seguimiento", "value=\"0.5\"", "value=\"9\"");
	}

	@Test
	void aWrongValueSavesNothingAndSaysWhy() throws Exception {
		Team shop = this.fixtures.aWorkspace("Plazos");
		MvcResult refused = this.mvc.perform(targets(shop, "4", "2", "4", "7").with(user(shop.owner()))).andReturn();
		assertThat(refused.getFlashMap().get("error")).isEqualTo("recovery.targets.order");
		MvcResult notANumber = this.mvc.perform(targets(shop, "1", "24", "6", "7").with(user(shop.owner())))
			.andReturn();
		assertThat(notANumber.getFlashMap().get("error")).isEqualTo("recovery.targets.threshold");
		assertThat(this.settings.policyOf(shop.workspace().id()).targetsFor(Priority.CRITICAL).firstContact())
			.isEqualTo(Duration.ofHours(1));
		assertThat(this.settings.thresholdOf(shop.workspace().id())).isEqualTo(FollowUpThreshold.DEFAULTS);
	}

	@Test
	void agentsAndOtherWorkspacesCannotChangeTheTargets() throws Exception {
		Team shop = this.fixtures.aWorkspace("Mía");
		Team other = this.fixtures.aWorkspace("Otra");
		var agent = this.fixtures.aMember(shop, Role.AGENT);
		assertThat(this.mvc.perform(targets(shop, "0.1", "1", "5", "10").with(user(agent)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(targets(shop, "0.1", "1", "5", "10").with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(this.settings.policyOf(shop.workspace().id()).targetsFor(Priority.CRITICAL).firstContact())
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void theDashboardCountsTheCasesOpenedInThePeriod() throws Exception {
		Team shop = this.fixtures.aWorkspace("Periodo");
		this.cases.open(shop.ownerAccess(), critical());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		assertThat(this.figures.overview(shop.ownerAccess(), new Period(today, today)).total().opened()).isEqualTo(1);
		assertThat(this.figures.overview(shop.ownerAccess(), new Period(today.plusDays(1), null)).total().opened())
			.isZero();
		assertThat(this.figures.overview(shop.ownerAccess(), new Period(null, today.minusDays(1))).total().opened())
			.isZero();

		String page = dashboard(shop, "?from=" + today + "&to=" + today, "en");
		assertThat(page).contains("id=\"period-from\"", "value=\"" + today + "\"");
		assertThat(dashboard(shop, "?from=ayer", "es")).contains("Indique fechas válidas");
		assertThat(dashboard(shop, "?from=" + today + "&to=" + today.minusDays(2), "en")).contains("Give valid dates");
	}

	@Test
	void rootCausesFoundByCasesMarkTheirTouchpointOnTheJourneyMap() throws Exception {
		Team shop = this.fixtures.aWorkspace("Causas");
		JourneyId journey = this.fixtures.aJourneyFromTemplate(shop, "online-shop", Locale.forLanguageTag("es"));
		this.journeys.publish(shop.ownerAccess(), journey, this.fixtures.journey(shop, journey).revision());
		TouchpointRef checkout = this.journeys.publishedTouchpoints(shop.workspace().id())
			.stream()
			.filter((touchpoint) -> touchpoint.touchpointName().equals("Carrito y pago"))
			.findFirst()
			.orElseThrow();
		for (int i = 0; i < 2; i++) {
			CaseId id = this.cases.open(shop.ownerAccess(), critical());
			this.cases.chooseRootCause(shop.ownerAccess(), id, this.cases.get(shop.ownerAccess(), id).version(),
					RootCause.BILLING_ERROR, checkout.touchpointKey());
		}

		assertThat(dashboard(shop, "", "es")).contains("/recovery/journeys/" + journey.value() + "/root-causes.svg");
		String map = this.mvc
			.perform(get("/w/" + shop.slug() + "/recovery/journeys/" + journey.value() + "/root-causes.svg")
				.header("Accept-Language", "es")
				.with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(map).contains("<svg").contains("2 × Error de facturación");

		Team other = this.fixtures.aWorkspace("Ajena");
		assertThat(this.mvc
			.perform(get("/w/" + other.slug() + "/recovery/journeys/" + journey.value() + "/root-causes.svg")
				.with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anAdminEditsARuleInPlaceAndNobodyElseCan() throws Exception {
		Team shop = this.fixtures.aWorkspace("Reglas");
		Team other = this.fixtures.aWorkspace("Reglas ajenas");
		long id = this.rules.add(shop.workspace().id(),
				new AlertRule(0, "Cobros", true, AlertConditions.any().withVerdicts(Set.of(Verdict.BAD)),
						new AlertActions(true, null, AlertActions.Assignment.NONE, "", List.of(), false)));
		this.rules.setEnabled(shop.workspace().id(), id, false);
		MvcResult added = this.mvc
			.perform(post("/w/" + shop.slug() + "/recovery/settings/rules").param("name", "Quejas legales")
				.param("flags", "LEGAL_THREAT")
				.param("openCase", "true")
				.param("notify", "legal@example.test")
				.with(csrf())
				.with(user(shop.owner())))
			.andReturn();
		assertThat(added.getFlashMap().get("success")).isEqualTo("recovery.rule.added");
		List<Long> order = this.rules.rules(shop.workspace().id()).stream().map(AlertRule::id).toList();
		String edit = "/w/" + shop.slug() + "/recovery/settings/rules/" + id;

		String page = this.mvc.perform(get(edit + "/edit").header("Accept-Language", "es").with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Editar regla de alerta", "value=\"Cobros\"");

		MvcResult saved = this.mvc
			.perform(post(edit).param("name", "Cobros a Finanzas")
				.param("verdicts", "BAD", "CRITICAL")
				.param("themes", "billing_charges")
				.param("openCase", "true")
				.param("assignment", "TEAM")
				.param("team", "Finanzas")
				.with(csrf())
				.with(user(shop.owner())))
			.andReturn();
		assertThat(saved.getFlashMap().get("success")).isEqualTo("recovery.rule.saved");
		AlertRule changed = this.rules.find(shop.workspace().id(), id).orElseThrow();
		assertThat(changed.name()).isEqualTo("Cobros a Finanzas");
		assertThat(changed.conditions().verdicts()).containsExactlyInAnyOrder(Verdict.BAD, Verdict.CRITICAL);
		assertThat(changed.conditions().themes()).containsExactly("billing_charges");
		assertThat(changed.actions().team()).isEqualTo("Finanzas");
		assertThat(changed.enabled()).as("the switch stays").isFalse();
		assertThat(this.rules.rules(shop.workspace().id()).stream().map(AlertRule::id).toList()).as("and its place")
			.isEqualTo(order);

		MvcResult refused = this.mvc
			.perform(post(edit).param("name", "Sin equipo")
				.param("assignment", "TEAM")
				.with(csrf())
				.with(user(shop.owner())))
			.andReturn();
		assertThat(refused.getFlashMap().get("error")).isEqualTo("recovery.rule.invalid");
		assertThat(this.rules.find(shop.workspace().id(), id).orElseThrow().name()).isEqualTo("Cobros a Finanzas");

		var agent = this.fixtures.aMember(shop, Role.AGENT);
		assertThat(this.mvc.perform(get(edit + "/edit").with(user(agent))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(post(edit).param("name", "Mía").with(csrf()).with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(403, 404);
		String theirs = "/w/" + other.slug() + "/recovery/settings/rules/" + id;
		assertThat(
				this.mvc.perform(get(theirs + "/edit").with(user(other.owner()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(post(theirs).param("name", "Mía").with(csrf()).with(user(other.owner())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.rules.find(shop.workspace().id(), id).orElseThrow().name()).isEqualTo("Cobros a Finanzas");
	}

	private String dashboard(Team shop, String query, String language) throws Exception {
		return this.mvc
			.perform(get("/w/" + shop.slug() + "/recovery" + query).header("Accept-Language", language)
				.with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Duration firstContactTarget(Team team, CaseId id) {
		Case found = this.cases.get(team.ownerAccess(), id);
		return Duration.between(found.file().openedAt(), found.snapshot().firstContactDue());
	}

	private static NewCase critical() {
		return new NewCase("Cobro duplicado", "", null, null, Priority.CRITICAL, "", "");
	}

	private static MockHttpServletRequestBuilder targets(Team team, String criticalFirst, String criticalResolution,
			String minCsat, String minNps) {
		return post("/w/" + team.slug() + "/recovery/settings/targets").param("critical.firstContact", criticalFirst)
			.param("critical.resolution", criticalResolution)
			.param("high.firstContact", "4")
			.param("high.resolution", "48")
			.param("normal.firstContact", "24")
			.param("normal.resolution", "120")
			.param("low.firstContact", "72")
			.param("low.resolution", "240")
			.param("minCsat", minCsat)
			.param("minNps", minNps)
			.with(csrf());
	}

}
