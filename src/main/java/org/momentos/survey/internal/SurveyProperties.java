package org.momentos.survey.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of survey pages and invitations ({@code momentos.survey.*}).
 *
 * @param publicUrl the address respondents reach Momentos at, for links in mail and QR
 * codes; empty: taken from the request
 * @param partialAfter how long an untouched partial response waits before it becomes a
 * signal
 * @param reminderAfter when the one reminder of an unanswered invitation goes out
 * @param invitationValidity how long a personal link works
 * @param requestsPerMinutePerAddress answers and pages one IP address may ask for
 * @param requestsPerMinutePerSurvey the same for one survey, all addresses together
 * @param duplicateCookie refuse a second answer from a browser that already answered a
 * public link
 * @param duplicateAddressHours refuse a second answer from the same IP address within
 * this many hours (0: off; offices and mobile networks share addresses)
 * @param maxRequestBytes the largest answer a page may send
 * @param frameAncestors who may embed survey pages ({@code *}: any site)
 */
@ConfigurationProperties("momentos.survey")
record SurveyProperties(String publicUrl, Duration partialAfter, Duration reminderAfter, Duration invitationValidity,
		int requestsPerMinutePerAddress, int requestsPerMinutePerSurvey, boolean duplicateCookie,
		int duplicateAddressHours, int maxRequestBytes, String frameAncestors) {

	SurveyProperties {
		publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
		partialAfter = partialAfter == null ? Duration.ofMinutes(30) : partialAfter;
		reminderAfter = reminderAfter == null ? Duration.ofDays(3) : reminderAfter;
		invitationValidity = invitationValidity == null ? Duration.ofDays(30) : invitationValidity;
		requestsPerMinutePerAddress = requestsPerMinutePerAddress <= 0 ? 60 : requestsPerMinutePerAddress;
		requestsPerMinutePerSurvey = requestsPerMinutePerSurvey <= 0 ? 6000 : requestsPerMinutePerSurvey;
		maxRequestBytes = maxRequestBytes <= 0 ? 65536 : maxRequestBytes;
		frameAncestors = frameAncestors == null || frameAncestors.isBlank() ? "*" : frameAncestors;
	}

}
