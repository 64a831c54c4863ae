package org.momentos;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Momentos without its web server, for commands that work on the data (import,
 * reanalyze): same database, same modules, nothing listening. Close the returned context
 * when done.
 */
public final class OfflineMomentos {

	private OfflineMomentos() {
	}

	public static ConfigurableApplicationContext start(DatabaseOptions database) {
		List<String> arguments = new ArrayList<>(database.springArguments());
		arguments.add("--spring.main.banner-mode=off");
		arguments.add("--logging.level.root=WARN");
		return new SpringApplicationBuilder(MomentosApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
