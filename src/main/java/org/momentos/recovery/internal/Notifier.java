package org.momentos.recovery.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails people about alerts and SLA escalations when SMTP is configured
 * ({@code spring.mail.host}); without it, the timeline and the audit trail are the
 * record. A failed email never undoes the case change it reports.
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	Notifier(ObjectProvider<JavaMailSender> mail, @Value("${momentos.mail.from:momentos@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	/** Whether emails actually go out. */
	boolean sendsEmail() {
		return this.mail.getIfAvailable() != null;
	}

	void email(List<String> to, String subject, String body) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || to.isEmpty()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not email {} about '{}'", to, subject, ex);
		}
	}

}
