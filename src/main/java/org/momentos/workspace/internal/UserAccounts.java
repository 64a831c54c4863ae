package org.momentos.workspace.internal;

import java.util.Optional;

import org.momentos.platform.Problem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who can log in: creation, lookup by email, password and language changes.
 */
@Service
public class UserAccounts implements UserDetailsService {

	static final int MINIMUM_PASSWORD_LENGTH = 10;

	private static final RowMapper<MomentosUser> USER = (rs, row) -> new MomentosUser(rs.getLong("id"),
			rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
			rs.getString("language"));

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public MomentosUser loadUserByUsername(String email) {
		return findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	public Optional<MomentosUser> findByEmail(String email) {
		return this.jdbc.sql("select * from app_user where lower(email) = lower(?)")
			.param(email)
			.query(USER)
			.optional();
	}

	public Optional<MomentosUser> findById(long id) {
		return this.jdbc.sql("select * from app_user where id = ?").param(id).query(USER).optional();
	}

	public boolean exists() {
		return this.jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
	}

	/** Creates an account; the email must be new and the password long enough. */
	@Transactional
	public MomentosUser create(String email, String displayName, String rawPassword, String language) {
		requireStrong(rawPassword);
		try {
			long id = this.jdbc.sql(
					"insert into app_user (email, display_name, password_hash, language) values (?, ?, ?, ?) returning id")
				.params(email.trim(), displayName.trim(), this.passwordEncoder.encode(rawPassword), language)
				.query(Long.class)
				.single();
			return findById(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.invalid("account.emailTaken");
		}
	}

	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		MomentosUser user = findById(userId).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throw Problem.invalid("account.password.wrong");
		}
		requireStrong(newPassword);
		this.jdbc.sql("update app_user set password_hash = ? where id = ?")
			.params(this.passwordEncoder.encode(newPassword), userId)
			.update();
	}

	public void changeProfile(long userId, String displayName, String language) {
		this.jdbc.sql("update app_user set display_name = ?, language = ? where id = ?")
			.params(displayName.trim(), language, userId)
			.update();
	}

	public void changeLanguage(long userId, String language) {
		this.jdbc.sql("update app_user set language = ? where id = ?").params(language, userId).update();
	}

	private void requireStrong(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
			throw Problem.invalid("account.password.tooShort");
		}
	}

}
