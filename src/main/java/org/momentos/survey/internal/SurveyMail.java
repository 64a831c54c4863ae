package org.momentos.survey.internal;

import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.momentos.survey.Survey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends invitation and reminder mail through the configured SMTP server, in the
 * invitation's language, with an unsubscribe link (also as a {@code List-Unsubscribe}
 * header).
 */
@Component
@EnableConfigurationProperties({ SmtpProperties.class, SurveyProperties.class })
class SurveyMail {

	private static final Logger log = LoggerFactory.getLogger(SurveyMail.class);

	private final SmtpProperties smtp;

	private final JavaMailSenderImpl sender;

	private final MessageSource messages;

	SurveyMail(SmtpProperties smtp, MessageSource messages) {
		this.smtp = smtp;
		this.messages = messages;
		this.sender = smtp.isConfigured() ? sender(smtp) : null;
	}

	boolean isConfigured() {
		return this.sender != null;
	}

	/**
	 * Sends the mail; false (and logged) when the server refused it or is unreachable.
	 */
	boolean send(Survey survey, String email, String language, String link, String unsubscribeLink, boolean reminder) {
		Locale locale = Locale.forLanguageTag(language);
		String title = survey.definition().title().in(language);
		String subject = text(reminder ? "survey.mail.reminderSubject" : "survey.mail.subject", locale, title);
		String body = text("survey.mail.body", locale, title);
		String unsubscribe = text("survey.mail.unsubscribe", locale);
		String answer = text("survey.mail.answer", locale);
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(
					this.smtp.from() == null || this.smtp.from().isBlank() ? "surveys@localhost" : this.smtp.from());
			helper.setTo(email);
			helper.setSubject(subject);
			helper.setText(body + "\n\n" + answer + ": " + link + "\n\n" + unsubscribe + ": " + unsubscribeLink,
					"<p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
							+ HtmlUtils.htmlEscape(answer) + "</a></p><p style=\"font-size:small\"><a href=\""
							+ HtmlUtils.htmlEscape(unsubscribeLink) + "\">" + HtmlUtils.htmlEscape(unsubscribe)
							+ "</a></p>");
			message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
			this.sender.send(message);
			return true;
		}
		catch (MessagingException | MailException ex) {
			log.warn("Survey mail to an invitee of survey {} failed: {}", survey.id(), ex.getMessage());
			return false;
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static JavaMailSenderImpl sender(SmtpProperties smtp) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port() <= 0 ? 25 : smtp.port());
		sender.setDefaultEncoding("UTF-8");
		if (smtp.user() != null && !smtp.user().isBlank()) {
			sender.setUsername(smtp.user());
			sender.setPassword(smtp.password());
		}
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.auth", Boolean.toString(smtp.user() != null && !smtp.user().isBlank()));
		properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		return sender;
	}

}
