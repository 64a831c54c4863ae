package org.momentos.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal a person should understand: an unknown thing, a conflict, invalid input. The
 * message is a key of the message bundles, so it reaches the person in their language, as
 * an RFC 9457 problem from the API and as a friendly message in the web app.
 */
public class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	protected Problem(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static Problem notFound(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public static Problem invalid(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	public static Problem withStatus(HttpStatus status, String messageKey, Object... arguments) {
		return new Problem(status, messageKey, arguments);
	}

	public static Problem conflict(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
