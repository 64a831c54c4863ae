package org.momentos.workspace.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spanish or English, in this order of preference: the language the user picked (stored
 * on their account), the language picked before logging in (a cookie), the browser's
 * {@code Accept-Language}; English when none of them says.
 */
class PreferredLanguage implements LocaleResolver {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

	private static final String COOKIE = "momentos-lang";

	private final UserAccounts accounts;

	PreferredLanguage(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		MomentosUser user = currentUser();
		if (user != null && user.language() != null) {
			return Locale.forLanguageTag(user.language());
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue()) != null) {
					return supported(cookie.getValue());
				}
			}
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? null : supported(locale.getLanguage());
		if (chosen == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		MomentosUser user = currentUser();
		if (user != null) {
			this.accounts.changeLanguage(user.id(), chosen.getLanguage());
			MomentosUser updated = new MomentosUser(user.id(), user.email(), user.displayName(), user.passwordHash(),
					chosen.getLanguage());
			CurrentUser.replace(updated);
		}
	}

	static Locale supported(String language) {
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	private static MomentosUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof MomentosUser user) ? user : null;
	}

}
