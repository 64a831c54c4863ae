package org.momentos.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.momentos.platform.Problem;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

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
		return errorPage(problem.status(), detail);
	}

	/**
	 * Spring's own refusals (unknown address, wrong method or media type...) in the
	 * caller's language.
	 */
	@ExceptionHandler(ErrorResponseException.class)
	Object handle(ErrorResponseException exception, HttpServletRequest request, Locale locale) {
		HttpStatus status = HttpStatus.valueOf(exception.getStatusCode().value());
		String detail = this.messages.getMessage("error.detail." + status.value(), null,
				this.messages.getMessage("error.detail.other", null, locale), locale);
		if (isApi(request)) {
			return problemResponse(status, detail, "error." + status.value(), locale);
		}
		return errorPage(status, detail);
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	Object handleRequestProblem(Exception exception, HttpServletRequest request, Locale locale) {
		HttpStatus status = (exception instanceof ErrorResponse response)
				? HttpStatus.valueOf(response.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
		String detail = this.messages.getMessage("error.detail." + status.value(), null,
				this.messages.getMessage("error.detail.other", null, locale), locale);
		if (isApi(request)) {
			return problemResponse(status, detail, "error." + status.value(), locale);
		}
		return errorPage(status, detail);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object handleUnreadable(HttpMessageNotReadableException exception, HttpServletRequest request, Locale locale) {
		Throwable cause = exception.getMostSpecificCause();
		String reason = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
		String detail = this.messages.getMessage("error.body.unreadable", new Object[] { reason }, locale);
		if (isApi(request)) {
			return problemResponse(HttpStatus.BAD_REQUEST, detail, "error.body.unreadable", locale);
		}
		return errorPage(HttpStatus.BAD_REQUEST, detail);
	}

	private static ModelAndView errorPage(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
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
