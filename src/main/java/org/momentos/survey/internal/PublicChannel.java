package org.momentos.survey.internal;

/** The channels a public address can be reached through. */
final class PublicChannel {

	private PublicChannel() {
	}

	static String of(String asked) {
		return switch (asked) {
			case "qr", "embed" -> asked;
			default -> "link";
		};
	}

}
