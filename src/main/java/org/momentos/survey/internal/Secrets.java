package org.momentos.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** Unguessable tokens and one-way hashes for invitations, responses and addresses. */
final class Secrets {

	/**
	 * A few independent generators (DRBG, seeded by the system), picked at random: one
	 * shared default generator serialises every new response on a single lock while it
	 * reads {@code /dev/urandom}.
	 */
	private static final SecureRandom[] randoms = IntStream.range(0, 8)
		.mapToObj((i) -> drbg())
		.toArray(SecureRandom[]::new);

	private Secrets() {
	}

	/** 256 random bits, URL-safe (43 characters). */
	static String newToken() {
		byte[] bytes = new byte[32];
		randoms[ThreadLocalRandom.current().nextInt(randoms.length)].nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
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
