package org.momentos.workspace.internal;

import org.momentos.workspace.internal.Workspaces.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start, creates the owner account and the first workspace; the
 * password is taken from {@code MOMENTOS_ADMIN_PASSWORD} or generated and printed once.
 * On every start, ensures the bootstrap API key when {@code MOMENTOS_BOOTSTRAP_API_KEY}
 * is set.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstStart.class);

	private final UserAccounts accounts;

	private final Workspaces workspaces;

	private final ApiKeys apiKeys;

	private final String adminEmail;

	private final String adminPassword;

	private final String bootstrapApiKey;

	FirstStart(UserAccounts accounts, Workspaces workspaces, ApiKeys apiKeys,
			@Value("${momentos.admin.email:admin@momentos.local}") String adminEmail,
			@Value("${momentos.admin.password:}") String adminPassword,
			@Value("${momentos.bootstrap-api-key:}") String bootstrapApiKey) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.apiKeys = apiKeys;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
		this.bootstrapApiKey = bootstrapApiKey;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.accounts.exists()) {
			createOwner();
		}
		if (!this.bootstrapApiKey.isBlank()) {
			if (this.bootstrapApiKey.length() < 24 || !this.bootstrapApiKey.startsWith(ApiKeys.KEY_PREFIX)) {
				throw new IllegalStateException("MOMENTOS_BOOTSTRAP_API_KEY must start with '" + ApiKeys.KEY_PREFIX
						+ "' and be at least 24 characters long");
			}
			Workspace first = this.workspaces.oldest().orElseThrow();
			this.apiKeys.ensure(first.id(), "bootstrap", this.bootstrapApiKey);
		}
	}

	private void createOwner() {
		boolean generated = this.adminPassword.isBlank();
		String password = generated ? Secrets.newToken().substring(0, 20) : this.adminPassword;
		MomentosUser owner = this.accounts.create(this.adminEmail, "Admin", password, null);
		this.workspaces.create("Momentos", owner);
		if (generated) {
			String banner = """

					============================================================
					 Momentos is ready for its first user. Log in with:
					   email:    %s
					   password: %s
					 This password is shown only once: change it after login.
					============================================================
					""".formatted(owner.email(), password);
			System.out.println(banner);
		}
		else {
			logger.info("Created the owner account {}", owner.email());
		}
	}

}
