package org.momentos.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Problem;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a {@link Problem} into what the caller reads: an RFC 9457 problem for the API,
 * the error page for a person in the browser; in the caller's language either way.
 */
@ControllerAdvice
class ProblemHandling {

	private final MessageSource messages;

	ProblemHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Problem.class)
	Object handle(Problem problem, HttpServletRequest request, Locale locale) {
		String detail = this.messages.getMessage(problem.messageKey(), problem.arguments(), locale);
		if (isApi(request)) {
			return problemResponse(problem.status(), detail, problem.messageKey(), locale);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(problem.status());
		page.addObject("status", problem.status().value());
		page.addObject("detail", detail);
		return page;
	}

	ResponseEntity<ProblemDetail> problemResponse(HttpStatus status, String detail, String code, Locale locale) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(
				this.messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
		body.setProperty("code", code);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
