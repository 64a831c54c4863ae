package org.momentos.survey.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public addresses of survey pages, for mail, QR codes and embeds. */
@Component
public class SurveyLinks {

	private final SurveyProperties properties;

	SurveyLinks(SurveyProperties properties) {
		this.properties = properties;
	}

	/**
	 * The configured public address, else the one of the current request (reminders, sent
	 * without a request, use the base remembered with each invitation).
	 */
	public String base() {
		if (!this.properties.publicUrl().isEmpty()) {
			return this.properties.publicUrl();
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/**
	 * The configured public address, else the one of the current request; empty outside a
	 * request when none is configured.
	 */
	public Optional<String> knownBase() {
		if (!this.properties.publicUrl().isEmpty()) {
			return Optional.of(this.properties.publicUrl());
		}
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
				? Optional.of(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString())
				: Optional.empty();
	}

	public static String survey(String base, String publicId) {
		return base + "/s/" + publicId;
	}

	public static String invitation(String base, String publicId, String token) {
		return survey(base, publicId) + "?t=" + token;
	}

	public static String unsubscribe(String base, String publicId, String token) {
		return survey(base, publicId) + "/unsubscribe?t=" + token;
	}

}
