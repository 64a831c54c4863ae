package org.momentos;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentos.workspace.internal.UserAccounts;
import org.momentos.workspace.internal.Workspaces;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no database URL, Momentos starts its own PostgreSQL in the data directory; what it
 * stores there is still there after a restart.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path data;

	@Test
	void keepsItsDataInTheDataDirectoryAcrossRestarts() {
		DatabaseOptions options = new DatabaseOptions();
		options.dataDirectory = this.data.toString();
		options.databaseUrl = "";
		try (ConfigurableApplicationContext first = OfflineMomentos.start(options)) {
			UserAccounts accounts = first.getBean(UserAccounts.class);
			first.getBean(Workspaces.class)
				.create("Survives restarts", accounts.findByEmail("admin@momentos.local").orElseThrow());
		}
		assertThat(this.data.resolve("postgres").resolve("PG_VERSION")).exists();

		try (ConfigurableApplicationContext second = OfflineMomentos.start(options)) {
			UserAccounts accounts = second.getBean(UserAccounts.class);
			assertThat(second.getBean(Workspaces.class)
				.workspacesOf(accounts.findByEmail("admin@momentos.local").orElseThrow())).extracting("name")
				.contains("Survives restarts");
		}
	}

}
