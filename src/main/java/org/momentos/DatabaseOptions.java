package org.momentos;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * Where the data is: options shared by the server and by every command that works on the
 * data (import, reanalyze). Every option has an environment variable.
 */
public class DatabaseOptions {

	@Option(names = "--data", defaultValue = "${env:MOMENTOS_DATA:-./data}",
			description = "Data directory of the embedded PostgreSQL (MOMENTOS_DATA, default ${DEFAULT-VALUE}).")
	String dataDirectory;

	@Option(names = "--db-url", defaultValue = "${env:MOMENTOS_DB_URL:-}",
			description = "JDBC URL of an external PostgreSQL 14+ (MOMENTOS_DB_URL); empty: embedded.")
	String databaseUrl;

	@Option(names = "--db-user", defaultValue = "${env:MOMENTOS_DB_USER:-}",
			description = "User of the external PostgreSQL (MOMENTOS_DB_USER).")
	String databaseUser;

	@Option(names = "--db-password", defaultValue = "${env:MOMENTOS_DB_PASSWORD:-}",
			description = "Password of the external PostgreSQL (MOMENTOS_DB_PASSWORD).")
	String databasePassword;

	/** These options as Spring Boot arguments. */
	public List<String> springArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add("--momentos.data-directory=" + this.dataDirectory);
		if (!this.databaseUrl.isBlank()) {
			arguments.add("--momentos.database.url=" + this.databaseUrl);
			arguments.add("--momentos.database.user=" + this.databaseUser);
			arguments.add("--momentos.database.password=" + this.databasePassword);
		}
		return arguments;
	}

}
