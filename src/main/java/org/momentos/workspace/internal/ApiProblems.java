package org.momentos.workspace.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes the 401 and 403 problems of the API, outside Spring MVC (in the security
 * filters).
 */
@Component
@ConditionalOnWebApplication
class ApiProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiProblems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "error.apiKey");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(code, new Object[] { "" }, locale));
		problem.setTitle(this.messages.getMessage("error.status." + status.value(), null, locale));
		problem.setProperty("code", code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"momentos\"");
		}
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
