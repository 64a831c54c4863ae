package org.momentos.workspace.internal;

import org.junit.jupiter.api.Test;
import org.momentos.MomentosTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the first start and every start make sure of. */
@MomentosTest
class FirstStartTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	Workspaces workspaces;

	@Autowired
	ApiKeys apiKeys;

	@Test
	void theOwnerFromTheEnvironmentOwnsTheFirstWorkspace() {
		MomentosUser owner = this.accounts.findByEmail("owner@momentos.test").orElseThrow();
		assertThat(this.workspaces.workspacesOf(owner)).anySatisfy((membership) -> {
			assertThat(membership.slug()).isEqualTo(this.workspaces.oldest().orElseThrow().slug());
			assertThat(membership.role().name()).isEqualTo("OWNER");
		});
	}

	@Test
	void theBootstrapApiKeyIsEnsuredOnEveryStartWithEveryScope() {
		String secret = "mk_bootstrap-key-for-automation-" + System.nanoTime();
		FirstStart start = new FirstStart(this.accounts, this.workspaces, this.apiKeys, "owner@momentos.test", "",
				secret);
		start.run(new DefaultApplicationArguments());
		start.run(new DefaultApplicationArguments());

		var access = this.apiKeys.authenticate(secret).orElseThrow();
		assertThat(access.workspaceId()).isEqualTo(this.workspaces.oldest().orElseThrow().id());
		assertThat(access.permissions()).contains(org.momentos.workspace.Permission.VIEW,
				org.momentos.workspace.Permission.EDIT_JOURNEYS, org.momentos.workspace.Permission.INGEST_SIGNALS);
		assertThat(this.apiKeys.list(access.workspaceId())
			.stream()
			.filter((key) -> secret.startsWith(key.prefix()) && key.name().equals("bootstrap"))).hasSize(1);
	}

	@Test
	void aWeakBootstrapKeyStopsTheStartWithAClearMessage() {
		FirstStart start = new FirstStart(this.accounts, this.workspaces, this.apiKeys, "owner@momentos.test", "",
				"secret");
		assertThatThrownBy(() -> start.run(new DefaultApplicationArguments()))
			.hasMessageContaining("MOMENTOS_BOOTSTRAP_API_KEY");
	}

}
