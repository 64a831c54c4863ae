package org.momentos;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the web server; every option has an environment variable. */
class ServerOptions {

	@Option(names = "--port", defaultValue = "${env:MOMENTOS_PORT:-8080}",
			description = "HTTP port (MOMENTOS_PORT, default ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--demo", defaultValue = "${env:MOMENTOS_DEMO:-false}",
			description = "Load the bilingual demo workspace on first start (MOMENTOS_DEMO).")
	boolean demo;

	@Mixin
	DatabaseOptions database;

	List<String> springArguments() {
		List<String> arguments = new ArrayList<>(this.database.springArguments());
		arguments.add("--server.port=" + this.port);
		arguments.add("--momentos.demo=" + this.demo);
		return arguments;
	}

}
