package org.momentos;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * Options of the web server. Every option has an environment variable, so a container or
 * a service unit can configure Momentos without arguments.
 */
class ServerOptions {

	@Option(names = "--port", defaultValue = "${env:MOMENTOS_PORT:-8080}",
			description = "HTTP port (MOMENTOS_PORT, default ${DEFAULT-VALUE}).")
	int port;

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

	@Option(names = "--demo", defaultValue = "${env:MOMENTOS_DEMO:-false}",
			description = "Load the bilingual demo workspace on first start (MOMENTOS_DEMO).")
	boolean demo;

	List<String> springArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=" + this.port);
		arguments.add("--momentos.data-directory=" + this.dataDirectory);
		arguments.add("--momentos.demo=" + this.demo);
		if (!this.databaseUrl.isBlank()) {
			arguments.add("--momentos.database.url=" + this.databaseUrl);
			arguments.add("--momentos.database.user=" + this.databaseUser);
			arguments.add("--momentos.database.password=" + this.databasePassword);
		}
		return arguments;
	}

}
