package org.momentos.recovery;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.momentos.platform.Problem;

/**
 * What a customer was given.
 *
 * @param kind apology, discount, coupon, refund or replacement
 * @param amount what it cost (zero for an apology)
 * @param currency ISO 4217 code, e.g. EUR (empty for an apology)
 * @param code a coupon or discount code, or a reference of the refund (optional)
 */
public record Compensation(CompensationKind kind, BigDecimal amount, String currency, String code) {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final BigDecimal MAX = new BigDecimal("1000000");

	public Compensation {
		if (kind == null) {
			throw Problem.invalid("recovery.compensation.kind.invalid");
		}
		code = code == null ? "" : code.strip();
		if (code.length() > 120) {
			throw Problem.invalid("recovery.compensation.code.invalid");
		}
		if (!kind.hasAmount()) {
			amount = BigDecimal.ZERO;
			currency = "";
		}
		else {
			if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) >= 0 || amount.scale() > 2) {
				throw Problem.invalid("recovery.compensation.amount.invalid");
			}
			currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
			if (!CURRENCY.matcher(currency).matches()) {
				throw Problem.invalid("recovery.compensation.currency.invalid");
			}
		}
	}

	public static Compensation apology() {
		return new Compensation(CompensationKind.APOLOGY, null, null, null);
	}

}
