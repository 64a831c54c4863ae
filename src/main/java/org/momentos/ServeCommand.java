package org.momentos;

import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code momentos serve}: runs the web app until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web app (the default).")
class ServeCommand implements Callable<Integer> {

	@Mixin
	ServerOptions options;

	@Override
	public Integer call() {
		serve(this.options);
		return 0;
	}

	static void serve(ServerOptions options) {
		SpringApplication.run(MomentosApplication.class, options.springArguments().toArray(String[]::new));
	}

}
