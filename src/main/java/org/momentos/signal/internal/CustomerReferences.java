package org.momentos.signal.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Customer references (email, phone, an id of the business) and their keyed hashes
 * (HMAC-SHA256 with the workspace's own key), so the same customer gets the same
 * pseudonym and an erasure request finds them, while nobody reverses it from a list of
 * emails without the key.
 */
public final class CustomerReferences {

	static final String HASH_PREFIX = "h1:";

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,}$");

	private final byte[] key;

	CustomerReferences(byte[] key) {
		this.key = key.clone();
	}

	/**
	 * The same person written differently is one reference: case and spaces do not count,
	 * nor phone punctuation.
	 */
	static String normalise(String reference) {
		String trimmed = reference.strip();
		if (PHONE.matcher(trimmed).matches()) {
			return (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	public String hash(String reference) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] digest = mac.doFinal(normalise(reference).getBytes(StandardCharsets.UTF_8));
			return HASH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * Every form this reference may be stored in, whatever the setting was when each
	 * signal arrived: as given (trimmed), in lower case, and hashed.
	 */
	public List<String> storedForms(String reference) {
		String trimmed = reference.strip();
		return List.of(trimmed, trimmed.toLowerCase(Locale.ROOT), hash(trimmed));
	}

}
