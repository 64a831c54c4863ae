package org.momentos.survey.internal;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookies a public survey address leaves with an anonymous respondent (see
 * {@link ResponseController}): the response to resume for a week, and for a year that the
 * survey was answered. Each is limited to the survey's own path.
 */
final class RespondentCookies {

	private RespondentCookies() {
	}

	/** The token of the response this browser started and did not finish, if any. */
	static String resumeToken(HttpServletRequest request, String publicId) {
		return read(request, resume(publicId));
	}

	/** Whether this browser finished the survey. */
	static boolean answered(HttpServletRequest request, String publicId) {
		return read(request, done(publicId)) != null;
	}

	static void keepResumeToken(HttpServletResponse response, String publicId, String token) {
		write(response, publicId, resume(publicId), token, Duration.ofDays(7));
	}

	/** The survey is answered: nothing left to resume. */
	static void markAnswered(HttpServletResponse response, String publicId) {
		write(response, publicId, done(publicId), "1", Duration.ofDays(365));
		write(response, publicId, resume(publicId), "", Duration.ZERO);
	}

	private static String resume(String publicId) {
		return "ms_r_" + publicId;
	}

	private static String done(String publicId) {
		return "ms_d_" + publicId;
	}

	private static String read(HttpServletRequest request, String name) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static void write(HttpServletResponse response, String publicId, String name, String value, Duration age) {
		Cookie cookie = new Cookie(name, value);
		cookie.setPath("/s/" + publicId);
		cookie.setHttpOnly(true);
		cookie.setMaxAge((int) age.toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
