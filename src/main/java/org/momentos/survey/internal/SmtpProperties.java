package org.momentos.survey.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server invitations go through ({@code momentos.smtp.*}, set by the
 * {@code MOMENTOS_SMTP_*} environment variables). No host: invitations by link only.
 */
@ConfigurationProperties("momentos.smtp")
record SmtpProperties(String host, int port, String user, String password, String from, boolean starttls) {

	boolean isConfigured() {
		return this.host != null && !this.host.isBlank();
	}

}
