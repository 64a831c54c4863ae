package org.momentos.survey.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.MomentosTest;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyFixtures;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Duplicate protection of public links by IP address, switched on
 * ({@code momentos.survey.duplicate-address-hours}; off by default, as offices and mobile
 * networks share addresses): the public pages with that setting, on the real stores, so
 * the rest of the suite keeps the default. The cookie check is in SurveyResponseTests.
 */
@MomentosTest
@Import({ Fixtures.class, SurveyFixtures.class })
class DuplicateAddressTests {

	private static final Pattern TOKEN = Pattern.compile("/r/([^?/]+)");

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	SurveyStore surveyStore;

	@Autowired
	ResponseStore responses;

	@Autowired
	InvitationStore invitations;

	@Autowired
	SignalConversion conversion;

	@Autowired
	SurveyProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CompletedResponses completed;

	@Autowired
	RespondentPages pages;

	@Autowired
	MessageSource messages;

	@Autowired
	FirstPages firstPages;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	Survey survey;

	MockMvc mvc;

	@BeforeEach
	void publicPagesThatRefuseASecondAnswerFromOneAddressWithinADay() {
		this.survey = this.surveys.anOpenSurvey(this.surveys.aShopWithAPublishedJourney("Direcciones"),
				"relational-nps", 0);
		SurveyProperties p = this.properties;
		SurveyProperties byAddress = new SurveyProperties(p.publicUrl(), p.partialAfter(), p.reminderAfter(),
				p.invitationValidity(), p.requestsPerMinutePerAddress(), p.requestsPerMinutePerSurvey(),
				p.duplicateCookie(), 24, p.maxRequestBytes(), p.frameAncestors());
		Respondents respondents = new Respondents(this.surveyStore, this.responses, this.invitations, this.conversion,
				byAddress, this.events, this.completed);
		this.mvc = MockMvcBuilders
			.standaloneSetup(new ResponseController(respondents, this.pages, this.messages, byAddress, this.firstPages))
			.setViewResolvers(views())
			.build();
	}

	@Test
	void anotherBrowserAtTheSameAddressIsToldItAlreadyAnsweredAndNothingIsStored() throws Exception {
		answerCompletely("203.0.113.7");
		int before = responses();

		MockHttpServletResponse again = send(get(start()), "203.0.113.7");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).contains("Ya respondió esta encuesta").doesNotContain("q.nps");
		MockHttpServletResponse answer = send(post(start()).param("q.nps", "0"), "203.0.113.7");
		assertThat(answer.getContentAsString()).contains("Ya respondió esta encuesta");
		assertThat(responses()).isEqualTo(before);

		assertThat(send(get(start()), "203.0.113.8").getContentAsString()).as("another address")
			.contains("name=\"q.nps\"");
		assertThat(send(post(start()).param("q.nps", "9"), "203.0.113.8").getStatus()).isEqualTo(302);
		assertThat(responses()).isEqualTo(before + 1);
	}

	@Test
	void anUnfinishedAnswerDoesNotCountAsAnswered() throws Exception {
		assertThat(send(post(start()).param("q.nps", "4"), "198.51.100.4").getStatus()).isEqualTo(302);
		assertThat(send(get(start()), "198.51.100.4").getContentAsString()).contains("name=\"q.nps\"");
	}

	private ThymeleafViewResolver views() {
		ThymeleafViewResolver views = new ThymeleafViewResolver();
		views.setTemplateEngine(this.templates);
		views.setCharacterEncoding("UTF-8");
		return views;
	}

	private void answerCompletely(String address) throws Exception {
		MockHttpServletResponse first = send(post(start()).param("q.nps", "10"), address);
		assertThat(first.getStatus()).isEqualTo(302);
		Matcher token = TOKEN.matcher(first.getRedirectedUrl());
		assertThat(token.find()).isTrue();
		MockHttpServletResponse last = send(
				post(start() + "/r/" + token.group(1)).param("page", "2").param("q.loved", "La atención"), address);
		assertThat(last.getRedirectedUrl()).contains("/thanks");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
		return this.mvc.perform(request.header("Accept-Language", "es").with((sent) -> {
			sent.setRemoteAddr(address);
			return sent;
		})).andReturn().getResponse();
	}

	private String start() {
		return "/s/" + this.survey.publicId();
	}

	private int responses() {
		return this.jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(this.survey.id().value())
			.query(Integer.class)
			.single();
	}

}
