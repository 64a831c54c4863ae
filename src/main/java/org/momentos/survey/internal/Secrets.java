package org.momentos.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Unguessable tokens and one-way hashes for invitations, responses and addresses. */
final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/** 256 random bits, URL-safe (43 characters). */
	static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String emailHash(String email) {
		return sha256(email.strip().toLowerCase(Locale.ROOT));
	}

}
